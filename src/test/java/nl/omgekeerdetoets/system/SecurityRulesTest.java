package nl.omgekeerdetoets.system;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.omgekeerdetoets.library.LawSummary;
import nl.omgekeerdetoets.library.LawLibrary;
import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.support.TestFixtures.World;
import nl.omgekeerdetoets.support.TestFixtures.TestAccount;
import nl.omgekeerdetoets.teams.Role;
import nl.omgekeerdetoets.support.TestFixtures.TestTeam;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Who may reach which page, from the outside: every role against every page and action of
 * the foundation. A refusal is a 403 for a signed-in user and a redirect to the login
 * page for an anonymous one.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityRulesTest {

	enum Who {

		ANONYMOUS, CONSULTANT, TEAM_LEAD, ADMIN, PRIVACY_OFFICER

	}

	enum Outcome {

		/** 200 OK: the page, or a form shown again with its errors. */
		OK,
		/** 302 to the rule's target: done, and back to a page (never the login page). */
		REDIRECT,
		/** 403 Forbidden. */
		REFUSED,
		/** Redirect to the login page. */
		LOGIN,
		/** Allowed in, but the record does not exist: 404. */
		NOT_FOUND,
		/** 401: a machine's endpoint, which answers without a login page. */
		UNAUTHORIZED

	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	LawLibrary lawLibrary;

	World world;

	TestTeam spareTeam;

	TestAccount spareAccount;

	LawSummary spareLaw;

	long spareRule;

	TestAccount privacyOfficer;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	void createPeople() {
		this.world = this.fixtures.world();
		this.spareTeam = this.fixtures.team();
		this.spareAccount = this.fixtures.account(Role.CONSULTANT, this.spareTeam);
		this.spareLaw = this.lawLibrary.activeLawsWithGoals().get(0);
		this.privacyOfficer = this.fixtures.account(Role.PRIVACY_OFFICER);
		this.spareRule = this.jdbc.sql("select min(id) from retention_rule").query(Long.class).single();
	}

	static Stream<Arguments> rules() {
		return Stream.of(
				// method, path (, where it redirects): anonymous, consultant, team lead,
				// admin.
				// A POST without its fields is a form shown again: 200.
				rule(HttpMethod.GET, "/", Outcome.LOGIN, Outcome.OK, Outcome.OK, Outcome.OK),
				rule(HttpMethod.GET, "/account/password", Outcome.LOGIN, Outcome.OK, Outcome.OK, Outcome.OK),
				rule(HttpMethod.POST, "/account/password", Outcome.LOGIN, Outcome.OK, Outcome.OK, Outcome.OK),
				// Mail for notifications (issue 15): consultants and leads get them;
				// admins and privacy officers none. Sent without fields: the form again.
				rule(HttpMethod.GET, "/account/mail", Outcome.LOGIN, Outcome.OK, Outcome.OK, Outcome.REFUSED,
						Outcome.REFUSED),
				rule(HttpMethod.POST, "/account/mail", Outcome.LOGIN, Outcome.OK, Outcome.OK, Outcome.REFUSED,
						Outcome.REFUSED),
				rule(HttpMethod.GET, "/admin/teams", Outcome.LOGIN, Outcome.REFUSED, Outcome.REFUSED, Outcome.OK),
				rule(HttpMethod.GET, "/admin/teams/new", Outcome.LOGIN, Outcome.REFUSED, Outcome.REFUSED, Outcome.OK),
				rule(HttpMethod.POST, "/admin/teams/new?name={newName}", "/admin/teams", Outcome.LOGIN, Outcome.REFUSED,
						Outcome.REFUSED, Outcome.REDIRECT),
				rule(HttpMethod.GET, "/admin/teams/{team}", Outcome.LOGIN, Outcome.REFUSED, Outcome.REFUSED,
						Outcome.OK),
				rule(HttpMethod.POST, "/admin/teams/{team}/archive", "/admin/teams", Outcome.LOGIN, Outcome.REFUSED,
						Outcome.REFUSED, Outcome.REDIRECT),
				rule(HttpMethod.POST, "/admin/teams/{team}/restore", "/admin/teams?archived=true", Outcome.LOGIN,
						Outcome.REFUSED, Outcome.REFUSED, Outcome.REDIRECT),
				rule(HttpMethod.GET, "/admin/accounts", Outcome.LOGIN, Outcome.REFUSED, Outcome.REFUSED, Outcome.OK),
				// Issue 15: who waits for a role after signing in at the provider.
				rule(HttpMethod.GET, "/admin/accounts?status=waiting", Outcome.LOGIN, Outcome.REFUSED, Outcome.REFUSED,
						Outcome.OK),
				// The page that says why the provider's sign-in was refused: for
				// everyone,
				// since nobody is signed in then.
				rule(HttpMethod.GET, "/login/refused?reason=unknown", Outcome.OK, Outcome.OK, Outcome.OK, Outcome.OK),
				rule(HttpMethod.GET, "/login/refused?reason=anything", Outcome.OK, Outcome.OK, Outcome.OK, Outcome.OK),
				rule(HttpMethod.GET, "/admin/accounts/new", Outcome.LOGIN, Outcome.REFUSED, Outcome.REFUSED,
						Outcome.OK),
				rule(HttpMethod.POST, "/admin/accounts/new", Outcome.LOGIN, Outcome.REFUSED, Outcome.REFUSED,
						Outcome.OK),
				rule(HttpMethod.GET, "/admin/accounts/{account}", Outcome.LOGIN, Outcome.REFUSED, Outcome.REFUSED,
						Outcome.OK),
				rule(HttpMethod.POST, "/admin/accounts/{account}/unlock", "/admin/accounts/{account}", Outcome.LOGIN,
						Outcome.REFUSED, Outcome.REFUSED, Outcome.REDIRECT),
				rule(HttpMethod.GET, "/admin/accounts/{account}/password", Outcome.LOGIN, Outcome.REFUSED,
						Outcome.REFUSED, Outcome.OK),
				rule(HttpMethod.POST, "/admin/accounts/{account}/deactivate", "/admin/accounts/{account}",
						Outcome.LOGIN, Outcome.REFUSED, Outcome.REFUSED, Outcome.REDIRECT),
				rule(HttpMethod.POST, "/admin/accounts/{account}/reactivate", "/admin/accounts/{account}",
						Outcome.LOGIN, Outcome.REFUSED, Outcome.REFUSED, Outcome.REDIRECT),
				rule(HttpMethod.GET, "/admin/laws", Outcome.LOGIN, Outcome.REFUSED, Outcome.REFUSED, Outcome.OK),
				rule(HttpMethod.GET, "/admin/laws/new", Outcome.LOGIN, Outcome.REFUSED, Outcome.REFUSED, Outcome.OK),
				rule(HttpMethod.POST, "/admin/laws/new?name={newName}&position=1000", "/admin/laws/{any}",
						Outcome.LOGIN, Outcome.REFUSED, Outcome.REFUSED, Outcome.REDIRECT),
				rule(HttpMethod.GET, "/admin/laws/{law}", Outcome.LOGIN, Outcome.REFUSED, Outcome.REFUSED, Outcome.OK),
				rule(HttpMethod.GET, "/admin/laws/{law}/goals/new", Outcome.LOGIN, Outcome.REFUSED, Outcome.REFUSED,
						Outcome.OK),
				rule(HttpMethod.GET, "/admin/history", Outcome.LOGIN, Outcome.REFUSED, Outcome.REFUSED, Outcome.OK),
				rule(HttpMethod.GET, "/cases", Outcome.LOGIN, Outcome.OK, Outcome.OK, Outcome.REFUSED),
				rule(HttpMethod.GET, "/cases/team", Outcome.LOGIN, Outcome.OK, Outcome.OK, Outcome.REFUSED),
				// The lists' filters on step 4 (issue "Maatwerk without arbitrariness"):
				// the same rules as the lists.
				rule(HttpMethod.GET, "/cases?otherDepartment=true&refusedWithoutCall=true", Outcome.LOGIN, Outcome.OK,
						Outcome.OK, Outcome.REFUSED),
				rule(HttpMethod.GET, "/cases/team?refusedWithoutCall=true", Outcome.LOGIN, Outcome.OK, Outcome.OK,
						Outcome.REFUSED),
				rule(HttpMethod.GET, "/cases/team?otherDepartment=true", Outcome.LOGIN, Outcome.OK, Outcome.OK,
						Outcome.REFUSED),
				rule(HttpMethod.GET, "/cases/new", Outcome.LOGIN, Outcome.OK, Outcome.REFUSED, Outcome.REFUSED),
				rule(HttpMethod.POST, "/cases/new", Outcome.LOGIN, Outcome.OK, Outcome.REFUSED, Outcome.REFUSED),
				rule(HttpMethod.GET, "/review", Outcome.LOGIN, Outcome.REFUSED, Outcome.OK, Outcome.REFUSED),
				rule(HttpMethod.GET, "/overview", Outcome.LOGIN, Outcome.REFUSED, Outcome.OK, Outcome.REFUSED),
				rule(HttpMethod.GET, "/return-days", Outcome.LOGIN, Outcome.OK, Outcome.OK, Outcome.REFUSED),
				rule(HttpMethod.POST, "/return-days", Outcome.LOGIN, Outcome.REFUSED, Outcome.OK, Outcome.REFUSED),
				rule(HttpMethod.GET, "/return-days/999999999", Outcome.LOGIN, Outcome.NOT_FOUND, Outcome.NOT_FOUND,
						Outcome.REFUSED),
				rule(HttpMethod.POST, "/actions/999999999/done", Outcome.LOGIN, Outcome.NOT_FOUND, Outcome.NOT_FOUND,
						Outcome.REFUSED),
				rule(HttpMethod.GET, "/overview/workload.csv", Outcome.LOGIN, Outcome.REFUSED, Outcome.OK,
						Outcome.REFUSED),
				rule(HttpMethod.GET, "/overview/overview.pdf", Outcome.LOGIN, Outcome.REFUSED, Outcome.OK,
						Outcome.REFUSED),
				rule(HttpMethod.GET, "/my-figures", Outcome.LOGIN, Outcome.OK, Outcome.REFUSED, Outcome.REFUSED),
				rule(HttpMethod.GET, "/return-days/999999999/report.pdf", Outcome.LOGIN, Outcome.NOT_FOUND,
						Outcome.NOT_FOUND, Outcome.REFUSED),
				rule(HttpMethod.GET, "/notifications", Outcome.LOGIN, Outcome.OK, Outcome.OK, Outcome.REFUSED),
				rule(HttpMethod.GET, "/team/compliments", Outcome.LOGIN, Outcome.OK, Outcome.OK, Outcome.REFUSED),
				rule(HttpMethod.GET, "/exemplary", Outcome.LOGIN, Outcome.OK, Outcome.OK, Outcome.REFUSED),
				rule(HttpMethod.POST, "/feedback/comments/999999999/resolve", Outcome.LOGIN, Outcome.NOT_FOUND,
						Outcome.REFUSED, Outcome.REFUSED),
				// Similar earlier cases: the consultant's comparison notes, of a case
				// that
				// does not exist (who may note them on a real case: ComparisonTest).
				rule(HttpMethod.GET, "/cases/999999999/similar/case-1", Outcome.LOGIN, Outcome.NOT_FOUND,
						Outcome.NOT_FOUND, Outcome.REFUSED),
				rule(HttpMethod.POST, "/cases/999999999/similar/case-1?note=Zelfde", Outcome.LOGIN, Outcome.NOT_FOUND,
						Outcome.NOT_FOUND, Outcome.REFUSED),
				rule(HttpMethod.POST, "/cases/999999999/comparisons/1/remove?version=0", Outcome.LOGIN,
						Outcome.NOT_FOUND, Outcome.NOT_FOUND, Outcome.REFUSED),
				rule(HttpMethod.POST, "/cases/999999999/withdraw?version=0&reason=OTHER", Outcome.LOGIN,
						Outcome.NOT_FOUND, Outcome.NOT_FOUND, Outcome.REFUSED),
				// Retention (issue 14): the admin's rules, dry run, run and deletion log;
				// legal holds for leads and admins.
				rule(HttpMethod.GET, "/admin/retention", Outcome.LOGIN, Outcome.REFUSED, Outcome.REFUSED, Outcome.OK),
				rule(HttpMethod.GET, "/admin/retention/rules/{rule}", Outcome.LOGIN, Outcome.REFUSED, Outcome.REFUSED,
						Outcome.OK),
				rule(HttpMethod.POST, "/admin/retention/rules/{rule}", Outcome.LOGIN, Outcome.REFUSED, Outcome.REFUSED,
						Outcome.OK),
				rule(HttpMethod.GET, "/admin/retention/dry-run", Outcome.LOGIN, Outcome.REFUSED, Outcome.REFUSED,
						Outcome.OK),
				rule(HttpMethod.POST, "/admin/retention/confirm?rulesVersion=0", "/admin/retention/dry-run",
						Outcome.LOGIN, Outcome.REFUSED, Outcome.REFUSED, Outcome.REDIRECT),
				rule(HttpMethod.POST, "/admin/retention/run", "/admin/retention/deletions", Outcome.LOGIN,
						Outcome.REFUSED, Outcome.REFUSED, Outcome.REDIRECT),
				rule(HttpMethod.GET, "/admin/retention/deletions", Outcome.LOGIN, Outcome.REFUSED, Outcome.REFUSED,
						Outcome.OK),
				rule(HttpMethod.GET, "/admin/retention/deletions.csv", Outcome.LOGIN, Outcome.REFUSED, Outcome.REFUSED,
						Outcome.OK),
				rule(HttpMethod.GET, "/holds", Outcome.LOGIN, Outcome.REFUSED, Outcome.OK, Outcome.OK),
				rule(HttpMethod.POST, "/holds", Outcome.LOGIN, Outcome.REFUSED, Outcome.OK, Outcome.OK),
				rule(HttpMethod.POST, "/holds/999999999/release", Outcome.LOGIN, Outcome.REFUSED, Outcome.NOT_FOUND,
						Outcome.NOT_FOUND),
				// The privacy officer's pages (issue 14): nobody else's. A privacy
				// officer
				// reaches no case page, as an admin does not.
				rule(HttpMethod.GET, "/privacy/access", Outcome.LOGIN, Outcome.REFUSED, Outcome.REFUSED,
						Outcome.REFUSED, Outcome.OK),
				rule(HttpMethod.GET, "/privacy/access.csv", Outcome.LOGIN, Outcome.REFUSED, Outcome.REFUSED,
						Outcome.REFUSED, Outcome.OK),
				rule(HttpMethod.GET, "/privacy/subject-access", Outcome.LOGIN, Outcome.REFUSED, Outcome.REFUSED,
						Outcome.REFUSED, Outcome.OK),
				rule(HttpMethod.GET, "/privacy/subject-access.pdf?reference=none", Outcome.LOGIN, Outcome.REFUSED,
						Outcome.REFUSED, Outcome.REFUSED, Outcome.NOT_FOUND),
				rule(HttpMethod.GET, "/privacy/subject-access.json?reference=none", Outcome.LOGIN, Outcome.REFUSED,
						Outcome.REFUSED, Outcome.REFUSED, Outcome.NOT_FOUND),
				rule(HttpMethod.GET, "/cases/999999999", Outcome.LOGIN, Outcome.NOT_FOUND, Outcome.NOT_FOUND,
						Outcome.REFUSED, Outcome.REFUSED),
				rule(HttpMethod.GET, "/review/cases/999999999", Outcome.LOGIN, Outcome.REFUSED, Outcome.NOT_FOUND,
						Outcome.REFUSED, Outcome.REFUSED),
				rule(HttpMethod.GET, "/actuator/health", Outcome.OK, Outcome.OK, Outcome.OK, Outcome.OK),
				rule(HttpMethod.GET, "/actuator/health/readiness", Outcome.OK, Outcome.OK, Outcome.OK, Outcome.OK),
				rule(HttpMethod.GET, "/actuator/prometheus", Outcome.UNAUTHORIZED, Outcome.REFUSED, Outcome.REFUSED,
						Outcome.OK))
			.flatMap((rows) -> rows);
	}

	private static Stream<Arguments> rule(HttpMethod method, String path, Outcome anonymous, Outcome consultant,
			Outcome lead, Outcome admin) {
		return rule(method, path, (String) null, anonymous, consultant, lead, admin);
	}

	/**
	 * A row of the roles before the privacy officer: they reach what every signed-in role
	 * reaches (the start page, their password) and nothing else.
	 */
	private static Stream<Arguments> rule(HttpMethod method, String path, String redirect, Outcome anonymous,
			Outcome consultant, Outcome lead, Outcome admin) {
		boolean everyone = anonymous == Outcome.OK
				|| (consultant == Outcome.OK && lead == Outcome.OK && admin == Outcome.OK);
		return rule(method, path, redirect, anonymous, consultant, lead, admin,
				everyone ? Outcome.OK : Outcome.REFUSED);
	}

	private static Stream<Arguments> rule(HttpMethod method, String path, Outcome anonymous, Outcome consultant,
			Outcome lead, Outcome admin, Outcome privacyOfficer) {
		return rule(method, path, (String) null, anonymous, consultant, lead, admin, privacyOfficer);
	}

	private static Stream<Arguments> rule(HttpMethod method, String path, String redirect, Outcome anonymous,
			Outcome consultant, Outcome lead, Outcome admin, Outcome privacyOfficer) {
		return Stream.of(arguments(method, path, Who.ANONYMOUS, anonymous, redirect),
				arguments(method, path, Who.CONSULTANT, consultant, redirect),
				arguments(method, path, Who.TEAM_LEAD, lead, redirect),
				arguments(method, path, Who.ADMIN, admin, redirect),
				arguments(method, path, Who.PRIVACY_OFFICER, privacyOfficer, redirect));
	}

	@ParameterizedTest(name = "{2} {0} {1} -> {3}")
	@MethodSource("rules")
	void roleGetsExpectedOutcome(HttpMethod method, String path, Who who, Outcome expected, String redirect) {
		MvcTestResult result = perform(method, path, who);
		switch (expected) {
			case OK -> assertThat(result).hasStatusOk();
			case REDIRECT -> {
				assertThat(result).hasStatus(HttpStatus.FOUND);
				assertThat(result.getResponse().getRedirectedUrl()).as("redirect").matches(redirectPattern(redirect));
			}
			case REFUSED -> assertThat(result).hasStatus(HttpStatus.FORBIDDEN);
			case LOGIN -> assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/login");
			case NOT_FOUND -> assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
			case UNAUTHORIZED -> assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED);
		}
	}

	@Test
	void postWithoutCsrfTokenIsRefused() {
		assertThat(this.mvc.perform(post("/admin/teams/new").param("name", TestFixtures.unique("csrf"))
			.with(user(this.fixtures.signedIn(this.world.admin()))))).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void logoutWithoutCsrfTokenDoesNotSignOut() {
		assertThat(this.mvc.perform(post("/logout").with(user(this.fixtures.signedIn(this.world.consultantA())))))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void pagesCarrySecurityHeaders() {
		MvcTestResult result = this.mvc.perform(get("/login"));
		assertThat(result).hasStatusOk()
			.containsHeader("Content-Security-Policy")
			.hasHeader("X-Frame-Options", "DENY")
			.hasHeader("X-Content-Type-Options", "nosniff")
			.hasHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		assertThat(result.getResponse().getHeader("Content-Security-Policy")).contains("default-src 'self'")
			.contains("frame-ancestors 'none'")
			.doesNotContain("unsafe-inline");
	}

	@Test
	void missingRecordIsA404PageNotAServerError() {
		MvcTestResult result = this.mvc
			.perform(get("/admin/teams/999999999").with(user(this.fixtures.signedIn(this.world.admin()))));
		assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
	}

	private MvcTestResult perform(HttpMethod method, String path, Who who) {
		MockHttpServletRequestBuilder request = request(method, resolve(path)).with(csrf());
		TestAccount account = switch (who) {
			case ANONYMOUS -> null;
			case CONSULTANT -> this.world.consultantA();
			case TEAM_LEAD -> this.world.leadA();
			case ADMIN -> this.world.admin();
			case PRIVACY_OFFICER -> this.privacyOfficer;
		};
		if (account != null) {
			request.with(user(this.fixtures.signedIn(account)));
		}
		return this.mvc.perform(request);
	}

	/** The expected redirect, where {any} stands for the id of a record just created. */
	private String redirectPattern(String redirect) {
		return Arrays.stream(resolve(redirect).split(Pattern.quote("{any}"), -1))
			.map(Pattern::quote)
			.collect(Collectors.joining("\\d+"));
	}

	private String resolve(String path) {
		return path.replace("{team}", String.valueOf(this.spareTeam.getId()))
			.replace("{account}", String.valueOf(this.spareAccount.getId()))
			.replace("{law}", String.valueOf(this.spareLaw.id()))
			.replace("{rule}", String.valueOf(this.spareRule))
			.replace("{newName}", TestFixtures.unique("matrix"));
	}

}
