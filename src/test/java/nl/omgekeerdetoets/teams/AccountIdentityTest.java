package nl.omgekeerdetoets.teams;

import java.util.List;

import nl.omgekeerdetoets.support.SignInClient;
import nl.omgekeerdetoets.support.SingleSignOnOnlyTest;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.support.TestFixtures.TestAccount;
import nl.omgekeerdetoets.support.TestFixtures.TestTeam;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, the admin's side: the account form keeps the identity at the organisation's
 * provider, one account per identity, and a waiting account the admin refused is not made
 * active without a role.
 */
@SingleSignOnOnlyTest
class AccountIdentityTest {

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	SignInClient admin;

	@BeforeEach
	void signInTheBreakGlassAdmin() throws Exception {
		if (!this.accounts.usernameTaken(SingleSignOnOnlyTest.BREAK_GLASS)) {
			this.accounts.create(SingleSignOnOnlyTest.BREAK_GLASS, "Noodbeheer", null, Role.ADMIN, List.of(),
					TestFixtures.PASSWORD);
		}
		this.admin = new SignInClient(this.port);
		this.admin.signInWithPassword(SingleSignOnOnlyTest.BREAK_GLASS, TestFixtures.PASSWORD);
	}

	@Test
	void anIdentityAtTheProviderBelongsToOneAccount() throws Exception {
		TestTeam team = this.fixtures.team();
		String identity = TestFixtures.unique("oid");
		this.fixtures.accountAt(identity, Role.CONSULTANT, team);
		TestAccount other = this.fixtures.account(Role.CONSULTANT, team);
		String form = "/admin/accounts/" + other.getId();

		String page = this.admin
			.post(form, form,
					"displayName=Ander&email=&role=CONSULTANT&teamIds=" + team.getId() + "&externalId=" + identity
							+ "&version=0")
			.body();

		assertThat(page).contains("Een ander account heeft deze identiteit al.");
		assertThat(this.jdbc.sql("select external_id from account where id = ?")
			.param(other.getId())
			.query(String.class)
			.list()).containsOnlyNulls();
	}

	@Test
	void theAdminSetsTheIdentityOnTheForm() throws Exception {
		TestTeam team = this.fixtures.team();
		TestAccount account = this.fixtures.account(Role.CONSULTANT, team);
		String identity = TestFixtures.unique("oid");
		String form = "/admin/accounts/" + account.getId();
		assertThat(this.admin.get(form).body()).contains("Identiteit bij het inlogsysteem van de organisatie");

		assertThat(this.admin
			.post(form, form,
					"displayName=Met+identiteit&email=&role=CONSULTANT&teamIds=" + team.getId() + "&externalId="
							+ identity + "&version=0")
			.statusCode()).isEqualTo(302);

		assertThat(this.jdbc.sql("select external_id from account where id = ?")
			.param(account.getId())
			.query(String.class)
			.single()).isEqualTo(identity);
		assertThat(this.admin.get(form).body()).contains("value=\"" + identity + "\"");
	}

	@Test
	void aRefusedWaitingAccountStaysOutUntilItHasARole() throws Exception {
		String subject = TestFixtures.unique("afgewezen");
		this.jdbc.sql("""
				insert into account (username, display_name, role, password_hash, active, waiting, external_id)
				values (?, 'Afgewezen', null, null, false, true, ?)""").params(subject, subject).update();
		long id = this.jdbc.sql("select id from account where external_id = ?")
			.param(subject)
			.query(Long.class)
			.single();
		String form = "/admin/accounts/" + id;
		assertThat(this.admin.get(form).body()).contains("Wacht op een rol", "Afwijzen");

		assertThat(this.admin.post(form, form + "/deactivate", "").statusCode()).isEqualTo(302);
		assertThat(this.admin.post(form, form + "/reactivate", "").statusCode()).isEqualTo(302);

		assertThat(this.jdbc.sql("select active or waiting from account where id = ?")
			.param(id)
			.query(Boolean.class)
			.single()).isFalse();
		assertThat(this.admin.get("/admin/accounts?status=waiting").body()).doesNotContain(subject);
	}

}
