package nl.omgekeerdetoets.system;

import nl.omgekeerdetoets.cases.CaseFixtures;
import nl.omgekeerdetoets.cases.CaseSummary;
import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.support.TestFixtures.TestAccount;
import nl.omgekeerdetoets.teams.Role;
import nl.omgekeerdetoets.teams.SignedInUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 16: a form sent after the session expired leads to the login page and from there
 * back to the step the user was typing in, never to "no access"; the way back cannot be
 * bent to lead anywhere else.
 */
@IntegrationTest
class ExpiredSessionTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	CaseFixtures cases;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aStepSavedWithoutASignedInSessionLeadsToLoginAndBackToTheStep() {
		// The expired session's cookie is gone or, after a failed autosave, replaced by
		// an
		// anonymous session with a new token: either way the form's token is refused.
		SignedInUser consultant = this.fixtures.signedIn(this.fixtures.account(Role.CONSULTANT, this.fixtures.team()));
		CaseSummary caseFile = this.cases.opened(consultant);
		String step = "/cases/" + caseFile.id() + "/steps/ethics";
		assertThat(this.mvc.perform(post(step).param("realNeed", "typed before expiry").with(csrf().useInvalidToken())))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/login?expired&continue=" + step);
	}

	@Test
	void anotherFormWithoutASignedInSessionLeadsToLoginOnly() {
		assertThat(this.mvc.perform(post("/cases/new").param("title", "x").with(csrf().useInvalidToken())))
			.hasRedirectedUrl("/login?expired");
	}

	@Test
	void aStepSavedFromAnOldPageAfterSigningInAgainElsewhereLeadsBackToTheStep() {
		TestAccount account = this.fixtures.account(Role.CONSULTANT, this.fixtures.team());
		SignedInUser consultant = this.fixtures.signedIn(account);
		CaseSummary caseFile = this.cases.opened(consultant);
		String step = "/cases/" + caseFile.id() + "/steps/effect";
		assertThat(this.mvc.perform(post(step).param("ownStrength", "typed in the old tab")
			.with(csrf().useInvalidToken())
			.with(user(consultant)))).hasRedirectedUrl(step + "?stale");
		assertThat(this.jdbc.sql("select count(*) from audit_event where actor = ? and detail like '%reason=csrf'")
			.param(account.getUsername())
			.query(Integer.class)
			.single()).isOne();
		assertThat(this.mvc.perform(get(step + "?stale").header("Accept-Language", "nl").with(user(consultant))))
			.hasStatusOk()
			.bodyText()
			.contains("Uw laatste wijzigingen zijn niet opgeslagen");
	}

	@Test
	void anyOtherRefusedTokenOfASignedInUserIsStillNoAccess() {
		TestAccount admin = this.fixtures.account(Role.ADMIN);
		assertThat(this.mvc.perform(post("/admin/teams/new").param("name", TestFixtures.unique("csrf"))
			.with(csrf().useInvalidToken())
			.with(user(this.fixtures.signedIn(admin))))).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void theLoginPageCarriesTheStepToResumeAt() {
		assertThat(this.mvc.get().uri("/login?expired&continue=/cases/42/steps/law").header("Accept-Language", "nl"))
			.hasStatusOk()
			.bodyText()
			.contains("name=\"continue\" value=\"/cases/42/steps/law\"")
			.contains("Daarna komt u terug bij de stap");
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://evil.example/", "//evil.example/cases/1/steps/law", "/admin/accounts",
			"/cases/1/steps/law/../../../admin/accounts", "/cases/1/steps/law?x=1", "/cases/1/steps/law#x",
			"/cases/0/steps/law", "/cases/1/steps/LAW", "\\\\evil.example" })
	void theLoginPageNeverCarriesAnyOtherAddress(String elsewhere) {
		assertThat(this.mvc.get().uri("/login").param("expired", "").param("continue", elsewhere)).hasStatusOk()
			.bodyText()
			.doesNotContain("name=\"continue\"");
	}

	@Test
	void loggingInGoesBackToTheStep() {
		TestAccount consultant = this.fixtures.account(Role.CONSULTANT, this.fixtures.team());
		assertThat(this.mvc.perform(logIn(consultant, TestFixtures.PASSWORD, "/cases/42/steps/action")))
			.hasRedirectedUrl("/cases/42/steps/action");
	}

	@Test
	void aMistypedPasswordKeepsTheUsernameOnceAndOutOfTheAddress() {
		TestAccount consultant = this.fixtures.account(Role.CONSULTANT, this.fixtures.team());
		var failed = this.mvc.perform(logIn(consultant, "wrong", "/cases/42/steps/action"));
		assertThat(failed.getResponse().getRedirectedUrl()).doesNotContain(consultant.getUsername());
		jakarta.servlet.http.Cookie session = failed.getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		assertThat(this.mvc.perform(get("/login?error").cookie(session))).hasStatusOk()
			.bodyText()
			.contains("value=\"" + consultant.getUsername() + "\"");
		assertThat(this.mvc.perform(get("/login?error").cookie(session))).hasStatusOk()
			.bodyText()
			.doesNotContain(consultant.getUsername());
	}

	@Test
	void aMistypedPasswordKeepsTheWayBack() {
		TestAccount consultant = this.fixtures.account(Role.CONSULTANT, this.fixtures.team());
		assertThat(this.mvc.perform(logIn(consultant, "wrong", "/cases/42/steps/action")))
			.hasRedirectedUrl("/login?error&continue=/cases/42/steps/action");
	}

	private static MockHttpServletRequestBuilder logIn(TestAccount account, String password, String resumeAt) {
		return post("/login").param("username", account.getUsername())
			.param("password", password)
			.param("continue", resumeAt)
			.with(csrf());
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://evil.example/", "//evil.example", "/admin/accounts", "/cases/1/steps/law?x" })
	void loggingInNeverGoesElsewhere(String elsewhere) {
		TestAccount consultant = this.fixtures.account(Role.CONSULTANT, this.fixtures.team());
		assertThat(this.mvc.perform(logIn(consultant, TestFixtures.PASSWORD, elsewhere))).hasRedirectedUrl("/");
		assertThat(this.mvc.perform(logIn(consultant, "wrong", elsewhere))).hasRedirectedUrl("/login?error");
	}

}
