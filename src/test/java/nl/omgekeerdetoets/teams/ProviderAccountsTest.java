package nl.omgekeerdetoets.teams;

import java.net.URI;
import java.util.List;
import java.util.Map;

import nl.omgekeerdetoets.shared.FieldProblem;
import nl.omgekeerdetoets.support.SignInClient;
import nl.omgekeerdetoets.support.SingleSignOnOnlyTest;
import nl.omgekeerdetoets.support.SsoProvider;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.support.TestFixtures.TestAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: how someone the organisation's provider signed in becomes an account, where
 * the app matches by e-mail address, takes role and teams from the groups claim, and
 * keeps someone unknown as a waiting account (see {@link SingleSignOnOnlyTest}). Nobody
 * gets a role the admin or the configured groups did not give.
 */
@SingleSignOnOnlyTest
class ProviderAccountsTest {

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	AccountService accounts;

	@Autowired
	TeamService teams;

	@Autowired
	JdbcClient jdbc;

	SsoProvider provider = SsoProvider.get();

	long groupsTeam;

	@BeforeEach
	void theTeamTheGroupsName() {
		try {
			this.teams.create(SingleSignOnOnlyTest.TEAM, false);
		}
		catch (FieldProblem exists) {
			// Made by an earlier test.
		}
		this.groupsTeam = this.jdbc.sql("select id from team where name = ?")
			.param(SingleSignOnOnlyTest.TEAM)
			.query(Long.class)
			.single();
	}

	@Test
	void theGroupsClaimGivesRoleAndTeamInsteadOfWhatTheAccountHad() throws Exception {
		TestAccount account = this.fixtures.account(Role.CONSULTANT, this.fixtures.team());
		String subject = person(account, SingleSignOnOnlyTest.LEADS);

		URI landed = new SignInClient(this.port).signInAtProvider(subject);

		assertThat(landed.getPath()).isEqualTo("/");
		assertThat(roleOf(account)).isEqualTo("TEAM_LEAD");
		assertThat(teamsOf(account)).containsExactly(this.groupsTeam);
		assertThat(this.jdbc.sql("select detail from audit_event where action = 'ACCOUNT_UPDATED' and subject_id = ?")
			.param(account.getId())
			.query(String.class)
			.list()).anySatisfy((detail) -> assertThat(detail).endsWith("from the identity provider's groups"));
	}

	@Test
	void theLeadsGroupOpensTheReviewQueueAndTheConsultantsGroupDoesNot() throws Exception {
		TestAccount lead = this.fixtures.account(Role.CONSULTANT, this.fixtures.team());
		SignInClient asLead = new SignInClient(this.port);
		asLead.signInAtProvider(person(lead, SingleSignOnOnlyTest.LEADS));
		TestAccount consultant = this.fixtures.account(Role.TEAM_LEAD, this.fixtures.team());
		SignInClient asConsultant = new SignInClient(this.port);
		asConsultant.signInAtProvider(person(consultant, SingleSignOnOnlyTest.CONSULTANTS));

		assertThat(asLead.get("/review").statusCode()).isEqualTo(200);
		assertThat(asConsultant.get("/review").statusCode()).isEqualTo(403);
		assertThat(asConsultant.get("/cases").statusCode()).isEqualTo(200);
	}

	@Test
	void groupsThatGiveNoRoleOrTwoRolesRefuseTheSignInAndChangeNothing() throws Exception {
		TestAccount none = this.fixtures.account(Role.CONSULTANT, this.fixtures.team());
		TestAccount both = this.fixtures.account(Role.CONSULTANT, this.fixtures.team());

		URI withoutRole = new SignInClient(this.port).signInAtProvider(person(none, "/somewhere/else"));
		URI withTwoRoles = new SignInClient(this.port)
			.signInAtProvider(person(both, SingleSignOnOnlyTest.CONSULTANTS, SingleSignOnOnlyTest.LEADS));

		assertThat(withoutRole).hasPath("/login/refused").hasQuery("reason=groups");
		assertThat(withTwoRoles).hasPath("/login/refused").hasQuery("reason=groups");
		assertThat(roleOf(none)).isEqualTo("CONSULTANT");
		assertThat(roleOf(both)).isEqualTo("CONSULTANT");
	}

	@Test
	void someoneUnknownWaitsForTheAdminWithoutAnyRole() throws Exception {
		String subject = TestFixtures.unique("nieuw");
		this.provider.addPerson(subject, withGroups(
				SsoProvider.claims("Nieuwe Collega", subject + "@gemeente.example", SingleSignOnOnlyTest.LEADS)));

		URI first = new SignInClient(this.port).signInAtProvider(subject);
		URI again = new SignInClient(this.port).signInAtProvider(subject);

		assertThat(first).hasPath("/login/refused").hasQuery("reason=waiting");
		assertThat(again).hasPath("/login/refused").hasQuery("reason=waiting");
		Map<String, Object> kept = this.jdbc.sql(
				"select username, display_name, email, role, active, waiting, password_hash from account where external_id = ?")
			.param(subject)
			.query()
			.singleRow();
		assertThat(kept).containsEntry("username", subject)
			.containsEntry("display_name", "Nieuwe Collega")
			.containsEntry("email", subject + "@gemeente.example")
			.containsEntry("role", null)
			.containsEntry("active", false)
			.containsEntry("waiting", true)
			.containsEntry("password_hash", null);
	}

	@Test
	void anAdminLetsAWaitingAccountInAndThenItSignsIn() throws Exception {
		String subject = TestFixtures.unique("wachtend");
		this.provider.addPerson(subject, withGroups(SsoProvider.claims("Wachtende Collega",
				subject + "@gemeente.example", SingleSignOnOnlyTest.CONSULTANTS)));
		SignInClient person = new SignInClient(this.port);
		assertThat(person.signInAtProvider(subject)).hasQuery("reason=waiting");
		long id = this.jdbc.sql("select id from account where external_id = ?")
			.param(subject)
			.query(Long.class)
			.single();

		SignInClient admin = new SignInClient(this.port);
		admin.signInWithPassword(breakGlassAdmin(), TestFixtures.PASSWORD);
		assertThat(admin.get("/").body()).containsAnyOf("en wacht op een rol", "en wachten op een rol");
		assertThat(admin.get("/admin/accounts?status=waiting").body()).contains("Wachtende Collega");
		String form = "/admin/accounts/" + id;
		assertThat(admin.get(form).body()).contains("id=\"waiting-note\"");
		assertThat(admin
			.post(form, form,
					"displayName=Wachtende+Collega&email=" + subject + "%40gemeente.example&role=CONSULTANT&teamIds="
							+ this.groupsTeam + "&externalId=" + subject + "&version=0")
			.statusCode()).isEqualTo(302);

		assertThat(person.signInAtProvider(subject).getPath()).isEqualTo("/");
		assertThat(person.get("/cases").statusCode()).isEqualTo(200);
	}

	@Test
	void anAddressTheProviderDidNotVerifyFindsNoAccount() throws Exception {
		TestAccount account = this.fixtures.account(Role.CONSULTANT, this.fixtures.team());
		String subject = TestFixtures.unique("unverified");
		Map<String, Object> claims = SsoProvider.claims("Unverified", account.getUsername() + "@example.org",
				SingleSignOnOnlyTest.CONSULTANTS);
		claims.put("email_verified", false);
		this.provider.addPerson(subject, claims);

		URI landed = new SignInClient(this.port).signInAtProvider(subject);

		// Unknown, so kept as a new waiting account: never the existing one.
		assertThat(landed).hasQuery("reason=waiting");
		assertThat(
				this.jdbc.sql("select id from account where external_id = ?").param(subject).query(Long.class).single())
			.isNotEqualTo(account.getId());
	}

	@Test
	void twoAccountsWithTheAddressAreRefusedAsAmbiguous() throws Exception {
		TestAccount first = this.fixtures.account(Role.CONSULTANT, this.fixtures.team());
		TestAccount second = this.fixtures.account(Role.CONSULTANT, this.fixtures.team());
		this.jdbc.sql("update account set email = (select email from account where id = ?) where id = ?")
			.params(first.getId(), second.getId())
			.update();

		URI landed = new SignInClient(this.port).signInAtProvider(person(first, SingleSignOnOnlyTest.CONSULTANTS));

		assertThat(landed).hasPath("/login/refused").hasQuery("reason=ambiguous");
	}

	@Test
	void anAccountTiedToAnotherIdentityIsNotTakenOverByItsAddress() throws Exception {
		TestAccount account = this.fixtures.accountAt(TestFixtures.unique("original"), Role.CONSULTANT,
				this.fixtures.team());

		URI landed = new SignInClient(this.port).signInAtProvider(person(account, SingleSignOnOnlyTest.CONSULTANTS));

		assertThat(landed).hasQuery("reason=waiting");
		assertThat(roleOf(account)).isEqualTo("CONSULTANT");
	}

	/**
	 * A person at the provider with this account's e-mail address and these groups, under
	 * a subject of their own; returns the subject.
	 */
	private String person(TestAccount account, String... groups) {
		String subject = TestFixtures.unique("sub");
		this.provider.addPerson(subject,
				withGroups(SsoProvider.claims("Provider Name", account.getUsername() + "@example.org", groups)));
		return subject;
	}

	/** Claims always carry the groups claim, be it empty. */
	private static Map<String, Object> withGroups(Map<String, Object> claims) {
		claims.putIfAbsent("groups", List.of());
		return claims;
	}

	private String roleOf(TestAccount account) {
		return this.jdbc.sql("select role from account where id = ?")
			.param(account.getId())
			.query(String.class)
			.single();
	}

	private List<Long> teamsOf(TestAccount account) {
		return this.jdbc.sql("select team_id from account_team where account_id = ?")
			.param(account.getId())
			.query(Long.class)
			.list();
	}

	private String breakGlassAdmin() {
		if (!this.accounts.usernameTaken(SingleSignOnOnlyTest.BREAK_GLASS)) {
			this.accounts.create(SingleSignOnOnlyTest.BREAK_GLASS, "Noodbeheer", null, Role.ADMIN, List.of(),
					TestFixtures.PASSWORD);
		}
		return SingleSignOnOnlyTest.BREAK_GLASS;
	}

}
