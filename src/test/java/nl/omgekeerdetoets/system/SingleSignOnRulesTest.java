package nl.omgekeerdetoets.system;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.omgekeerdetoets.support.SignInClient;
import nl.omgekeerdetoets.support.SingleSignOnTest;
import nl.omgekeerdetoets.support.SsoProvider;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.support.TestFixtures.TestAccount;
import nl.omgekeerdetoets.support.TestFixtures.TestTeam;
import nl.omgekeerdetoets.teams.AccountService;
import nl.omgekeerdetoets.teams.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, from the outside: someone who signs in at the organisation's provider has
 * exactly the rights of the account it maps to, no more and no fewer than the same
 * account signed in with its password; the sign-in uses PKCE; the session is the
 * account's, so that deactivating it or changing its role ends it at once.
 */
@SingleSignOnTest
class SingleSignOnRulesTest {

	/** A page of every part of the app, for every role. */
	static final List<String> PAGES = List.of("/", "/cases", "/cases/team", "/cases/new", "/notifications",
			"/team/compliments", "/exemplary", "/casebook", "/return-days", "/my-figures", "/review", "/overview",
			"/holds", "/admin/teams", "/admin/accounts", "/admin/laws", "/admin/prices", "/admin/history",
			"/admin/retention", "/privacy/access", "/privacy/subject-access", "/account/password",
			"/actuator/prometheus");

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	SsoProvider provider = SsoProvider.get();

	@ParameterizedTest
	@EnumSource(Role.class)
	void someoneSignedInAtTheProviderHasExactlyTheRightsOfTheirAccount(Role role) throws Exception {
		String subject = TestFixtures.unique("person");
		TestAccount account = accountAt(subject, role);

		SignInClient viaProvider = new SignInClient(this.port);
		assertThat(viaProvider.signInAtProvider(subject).getPath()).isEqualTo("/");
		SignInClient viaPassword = new SignInClient(this.port);
		assertThat(viaPassword.signInWithPassword(account.getUsername(), TestFixtures.PASSWORD)).endsWith("/");

		Map<String, Integer> withProvider = statuses(viaProvider);
		Map<String, Integer> withPassword = statuses(viaPassword);
		assertThat(withProvider).isEqualTo(withPassword);
		// Every role reaches some pages and is refused others: the comparison says
		// something.
		assertThat(withProvider).containsValue(200).containsValue(403);
		assertThat(viaProvider.get("/").body()).contains(account.getDisplayName());
	}

	@Test
	void theSignInAsksForACodeWithAPkceChallenge() throws Exception {
		SignInClient browser = new SignInClient(this.port);
		String subject = TestFixtures.unique("pkce");
		accountAt(subject, Role.CONSULTANT);

		browser.signInAtProvider(subject);

		URI authorize = browser.trail()
			.stream()
			.filter((uri) -> uri.getPath().equals("/oauth2/authorize"))
			.findFirst()
			.orElseThrow();
		Map<String, List<String>> parameters = UriComponentsBuilder.fromUri(authorize).build().getQueryParams();
		assertThat(parameters).containsKeys("code_challenge", "state", "nonce");
		assertThat(parameters.get("code_challenge_method")).containsExactly("S256");
		assertThat(parameters.get("response_type")).containsExactly("code");
	}

	@Test
	void afterAnExpiredSessionTheSignInGoesBackToTheStepPageAndNowhereElse() throws Exception {
		String subject = TestFixtures.unique("resume");
		accountAt(subject, Role.CONSULTANT);
		String login = new SignInClient(this.port).get("/login?expired&continue=/cases/999999999/steps/ethics").body();
		assertThat(login).contains("href=\"/oauth2/authorization/gemeente?continue=/cases/999999999/steps/ethics\"");

		URI back = new SignInClient(this.port).signInAtProvider(subject, "?continue=/cases/999999999/steps/ethics");
		URI elsewhere = new SignInClient(this.port).signInAtProvider(subject, "?continue=https://evil.example/");

		assertThat(back.getPath()).isEqualTo("/cases/999999999/steps/ethics");
		assertThat(elsewhere.toString()).isEqualTo(new SignInClient(this.port).app() + "/");
	}

	@Test
	void theSessionBelongsToTheAccountAndEndsWhenTheAdminDeactivatesIt() throws Exception {
		String subject = TestFixtures.unique("leaver");
		TestAccount consultant = accountAt(subject, Role.CONSULTANT);
		TestAccount admin = this.fixtures.account(Role.ADMIN);
		SignInClient browser = new SignInClient(this.port);
		browser.signInAtProvider(subject);
		assertThat(browser.get("/cases").statusCode()).isEqualTo(200);
		// Found by the account's username, as a password session is.
		assertThat(this.jdbc.sql("select count(*) from spring_session where principal_name = ?")
			.param(consultant.getUsername())
			.query(Long.class)
			.single()).isEqualTo(1);

		this.accounts.deactivate(consultant.getId(), admin.getId());

		assertThat(browser.get("/cases").headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(URI.create(location).getPath()).isEqualTo("/login"));
	}

	@Test
	void aNewRoleEndsTheSessionThatHadTheOldOne() throws Exception {
		String subject = TestFixtures.unique("promoted");
		TestTeam team = this.fixtures.team();
		TestAccount consultant = this.fixtures.accountAt(subject, Role.CONSULTANT, team);
		this.provider.addPerson(subject, SsoProvider.claims("Promoted", subject + "@gemeente.example"));
		SignInClient browser = new SignInClient(this.port);
		browser.signInAtProvider(subject);
		assertThat(browser.get("/review").statusCode()).isEqualTo(403);

		// The admin makes them a lead on the account form.
		SignInClient admin = new SignInClient(this.port);
		admin.signInWithPassword(this.fixtures.account(Role.ADMIN).getUsername(), TestFixtures.PASSWORD);
		String form = "/admin/accounts/" + consultant.getId();
		String version = admin.get(form).body().replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
		assertThat(admin
			.post(form, form,
					"displayName=Promoted&email=&role=TEAM_LEAD&teamIds=" + team.getId() + "&externalId=" + subject
							+ "&version=" + version)
			.statusCode()).isEqualTo(302);

		assertThat(browser.get("/review").statusCode()).isEqualTo(302);
		browser.signInAtProvider(subject);
		assertThat(browser.get("/review").statusCode()).isEqualTo(200);
	}

	@Test
	void someoneUnknownIsRefusedAndNotSignedIn() throws Exception {
		String subject = TestFixtures.unique("stranger");
		this.provider.addPerson(subject, SsoProvider.claims("Stranger", subject + "@gemeente.example"));
		SignInClient browser = new SignInClient(this.port);

		URI landed = browser.signInAtProvider(subject);

		assertThat(landed.getPath()).isEqualTo("/login/refused");
		assertThat(landed.getQuery()).isEqualTo("reason=unknown");
		assertThat(browser.get("/login/refused?reason=unknown").body()).contains("U hebt hier nog geen account");
		assertThat(browser.get("/").statusCode()).isEqualTo(302);
		assertThat(this.jdbc.sql("select count(*) from account where external_id = ?")
			.param(subject)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theLoginPageOffersTheProviderBesideThePasswordForm() throws Exception {
		String page = new SignInClient(this.port).get("/login").body();
		assertThat(page).contains("href=\"/oauth2/authorization/gemeente\"")
			.contains("Inloggen met Gemeente-account")
			.contains("id=\"password\"");
	}

	@Test
	void theContentSecurityPolicyLetsTheLogoutFormReachTheProvider() throws Exception {
		String policy = new SignInClient(this.port).get("/login")
			.headers()
			.firstValue("Content-Security-Policy")
			.orElseThrow();
		assertThat(policy).contains("form-action 'self' " + this.provider.issuer() + ";");
	}

	private TestAccount accountAt(String subject, Role role) {
		TestAccount account = (role == Role.CONSULTANT || role == Role.TEAM_LEAD)
				? this.fixtures.accountAt(subject, role, this.fixtures.team()) : this.fixtures.accountAt(subject, role);
		this.provider.addPerson(subject, SsoProvider.claims("Someone", subject + "@gemeente.example"));
		return account;
	}

	private static Map<String, Integer> statuses(SignInClient browser) throws Exception {
		Map<String, Integer> statuses = new LinkedHashMap<>();
		for (String page : PAGES) {
			statuses.put(page, browser.get(page).statusCode());
		}
		return statuses;
	}

}
