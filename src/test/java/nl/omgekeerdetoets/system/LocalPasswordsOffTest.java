package nl.omgekeerdetoets.system;

import java.util.List;

import nl.omgekeerdetoets.support.SignInClient;
import nl.omgekeerdetoets.support.SingleSignOnOnlyTest;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.support.TestFixtures.TestAccount;
import nl.omgekeerdetoets.teams.AccountService;
import nl.omgekeerdetoets.teams.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: a municipality that hands out no local passwords. The login page offers the
 * organisation's account only, and the form is refused to everyone but the break-glass
 * admin, whose way in when the provider is down stays open.
 */
@SingleSignOnOnlyTest
class LocalPasswordsOffTest {

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theLoginPageOffersOnlyTheOrganisationAccountAndALinkForTheBreakGlassAdmin() throws Exception {
		String page = new SignInClient(this.port).get("/login").body();

		assertThat(page)
			.contains("href=\"/oauth2/authorization/gemeente\"", "Inloggen met Gemeente-account",
					"Noodtoegang voor de beheerder, met wachtwoord")
			.doesNotContain("id=\"password\"");
		assertThat(new SignInClient(this.port).get("/login?local").body()).contains("id=\"password\"",
				"Noodtoegang voor de beheerder");
	}

	@Test
	void aPasswordIsRefusedToAnyoneButTheBreakGlassAccountAndCountsNoAttempt() throws Exception {
		TestAccount consultant = this.fixtures.account(Role.CONSULTANT, this.fixtures.team());

		assertThat(new SignInClient(this.port).signInWithPassword(consultant.getUsername(), TestFixtures.PASSWORD))
			.endsWith("/login?error");
		assertThat(this.jdbc.sql("select count(*) from login_lockout where account_id = ?")
			.param(consultant.getId())
			.query(Long.class)
			.single()).isZero();

		SignInClient admin = new SignInClient(this.port);
		assertThat(admin.signInWithPassword(breakGlassAdmin(), TestFixtures.PASSWORD)).endsWith("/");
		assertThat(admin.get("/admin/accounts").statusCode()).isEqualTo(200);
	}

	@Test
	void anAdminCreatesAnAccountWithoutPasswordForSomeoneWhoSignsInAtTheProvider() throws Exception {
		SignInClient admin = new SignInClient(this.port);
		admin.signInWithPassword(breakGlassAdmin(), TestFixtures.PASSWORD);
		String username = TestFixtures.unique("alleen-sso");
		String subject = TestFixtures.unique("subject");
		assertThat(admin.get("/admin/accounts/new").body()).contains("id=\"externalId\"");

		assertThat(admin
			.post("/admin/accounts/new", "/admin/accounts/new",
					"username=" + username + "&displayName=Alleen+SSO&email=&role=ADMIN&externalId=" + subject
							+ "&password=&version=0")
			.statusCode()).isEqualTo(302);

		assertThat(this.jdbc.sql("select external_id from account where username = ? and password_hash is null")
			.param(username)
			.query(String.class)
			.single()).isEqualTo(subject);
	}

	private String breakGlassAdmin() {
		if (!this.accounts.usernameTaken(SingleSignOnOnlyTest.BREAK_GLASS)) {
			this.accounts.create(SingleSignOnOnlyTest.BREAK_GLASS, "Noodbeheer", null, Role.ADMIN, List.of(),
					TestFixtures.PASSWORD);
		}
		return SingleSignOnOnlyTest.BREAK_GLASS;
	}

}
