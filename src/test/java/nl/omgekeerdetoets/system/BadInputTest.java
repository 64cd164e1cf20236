package nl.omgekeerdetoets.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import nl.omgekeerdetoets.cases.CaseFixtures;
import nl.omgekeerdetoets.cases.CaseSummary;
import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.support.TestFixtures.World;
import nl.omgekeerdetoets.teams.Role;
import nl.omgekeerdetoets.teams.SignedInUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Throws bad values at every form field and list parameter, one at a time, as a careless
 * user or an attacker would: empty, blank, NUL, CR/LF, markup, numbers too large or
 * negative, not numbers, full-width digits, very long text. Whatever the answer (the page
 * with a message on the field, a redirect, a 400 or a 404), it is never a server error.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {

	static final List<String> BAD_VALUES = List.of("", "   ", "\u0000", "a\u0000b", "%", "%00", "-1", "0", "2147483648",
			"99999999999999999999999", "1e309", "NaN", "abc", "\r\nSet-Cookie: x=y", "<script>x</script>", "１２３",
			"../../etc/passwd", "{", "null", "x".repeat(10_000), "2026-13-45", "true,false");

	/** A form or list, who may use it, and the parameters it reads. */
	record Target(HttpMethod method, String path, Role role, List<String> parameters) {

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

	static final List<Target> TARGETS = List.of(
			new Target(HttpMethod.GET, "/cases", Role.CONSULTANT,
					List.of("q", "status", "domain", "step", "team", "sort", "page", "size", "otherDepartment",
							"refusedWithoutCall")),
			new Target(HttpMethod.GET, "/cases/team", Role.TEAM_LEAD,
					List.of("q", "status", "domain", "step", "team", "sort", "page", "size", "otherDepartment",
							"refusedWithoutCall")),
			new Target(HttpMethod.GET, "/review", Role.TEAM_LEAD, List.of("page", "size", "sort")),
			new Target(HttpMethod.GET, "/exemplary", Role.CONSULTANT, List.of("q", "domain", "step", "page", "sort")),
			new Target(HttpMethod.GET, "/team/compliments", Role.CONSULTANT, List.of("page", "size", "sort")),
			new Target(HttpMethod.GET, "/notifications", Role.CONSULTANT, List.of("page", "size", "sort")),
			new Target(HttpMethod.GET, "/admin/teams", Role.ADMIN, List.of("q", "archived", "page", "sort")),
			new Target(HttpMethod.GET, "/admin/accounts", Role.ADMIN,
					List.of("q", "role", "active", "team", "page", "sort")),
			new Target(HttpMethod.GET, "/admin/history", Role.ADMIN, List.of("subject", "actor", "page", "sort")),
			new Target(HttpMethod.GET, "/admin/prices", Role.ADMIN,
					List.of("q", "payer", "status", "page", "size", "sort")),
			new Target(HttpMethod.POST, "/admin/prices/new", Role.ADMIN,
					List.of("name", "unit", "payer", "description", "sourceNote", "example", "amount", "validFrom",
							"validTo")),
			new Target(HttpMethod.GET, "/?lang", Role.CONSULTANT, List.of("lang")),
			new Target(HttpMethod.POST, "/cases/new", Role.CONSULTANT,
					List.of("title", "resident", "questionAsAsked", "domains")),
			new Target(HttpMethod.GET, "/cases/{draft}/steps/effect", Role.CONSULTANT, List.of("extra")),
			new Target(HttpMethod.POST, "/cases/{draft}/steps/effect", Role.CONSULTANT,
					List.of("effects[0].description", "effects[0].indicator", "ownStrength", "version", "removeRow",
							"addRow", "go", "autosave")),
			new Target(HttpMethod.POST, "/cases/{draft}/steps/law", Role.CONSULTANT,
					List.of("goalIds", "withinGoals", "standardOutcome", "version")),
			new Target(HttpMethod.POST, "/cases/{draft}/steps/ethics", Role.CONSULTANT,
					List.of("realNeed", "valuesAtStake", "impartial", "version")),
			new Target(HttpMethod.POST, "/cases/{draft}/steps/action", Role.CONSULTANT,
					List.of("solutionKind", "actions[0].dueDate", "actions[0].owner", "costs[0].amountPerYear",
							"costs[0].years", "costs[0].scenario", "costs[0].payer", "processCoordinationNeeded",
							"evaluationDate", "removeRow", "version", "decisionKind", "decisionDate", "called",
							"callDate", "callWith", "parties[0].kind", "parties[0].contact", "actions[0].party",
							"addRow")),
			new Target(HttpMethod.POST, "/cases/{draft}/submit", Role.CONSULTANT, List.of("version")),
			new Target(HttpMethod.POST, "/cases/{approved}/follow-ups/6", Role.CONSULTANT,
					List.of("outcomes[0].outcome", "outcomes[0].note", "earlyReason", "version")),
			new Target(HttpMethod.POST, "/review/cases/{inReview}/comments", Role.TEAM_LEAD,
					List.of("step", "field", "text")),
			new Target(HttpMethod.POST, "/review/cases/{inReview}/compliments", Role.TEAM_LEAD,
					List.of("step", "text", "share")),
			new Target(HttpMethod.POST, "/review/cases/{inReview}/decision", Role.TEAM_LEAD,
					List.of("decision", "reason")),
			new Target(HttpMethod.POST, "/admin/teams/new", Role.ADMIN, List.of("name", "casesVisibleToMembers")),
			new Target(HttpMethod.POST, "/admin/accounts/new", Role.ADMIN,
					List.of("username", "displayName", "email", "role", "teamIds", "password")),
			new Target(HttpMethod.POST, "/admin/laws/new", Role.ADMIN,
					List.of("name", "purpose", "position", "active")),
			new Target(HttpMethod.POST, "/account/password", Role.CONSULTANT,
					List.of("currentPassword", "newPassword", "confirmation")),
			new Target(HttpMethod.POST, "/account/mail", Role.CONSULTANT,
					List.of("kinds", "digest", "language", "version")));

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	CaseFixtures caseFixtures;

	World world;

	Map<Role, SignedInUser> people;

	CaseSummary draft;

	CaseSummary inReview;

	CaseSummary approved;

	@BeforeAll
	void world() {
		this.world = this.fixtures.world();
		SignedInUser consultant = this.fixtures.signedIn(this.world.consultantA());
		this.people = Map.of(Role.CONSULTANT, consultant, Role.TEAM_LEAD, this.fixtures.signedIn(this.world.leadA()),
				Role.ADMIN, this.fixtures.signedIn(this.world.admin()));
		this.draft = this.caseFixtures.opened(consultant);
		this.inReview = this.caseFixtures.submitted(consultant);
		this.approved = this.caseFixtures.followUpDue(consultant, this.people.get(Role.TEAM_LEAD));
	}

	static Stream<Arguments> everyParameter() {
		List<Arguments> cells = new ArrayList<>();
		TARGETS.forEach(
				(target) -> target.parameters().forEach((parameter) -> cells.add(Arguments.of(target, parameter))));
		return cells.stream();
	}

	@ParameterizedTest(name = "{0} ? {1}=<bad>")
	@MethodSource("everyParameter")
	void badValuesNeverCauseAServerError(Target target, String parameter) throws Exception {
		for (String value : BAD_VALUES) {
			String path = target.path()
				.replace("{draft}", String.valueOf(this.draft.id()))
				.replace("{inReview}", String.valueOf(this.inReview.id()))
				.replace("{approved}", String.valueOf(this.approved.id()))
				.replace("?lang", "");
			MockHttpServletRequestBuilder request = request(target.method(), path).param(parameter, value)
				.with(user(this.people.get(target.role())));
			if (target.method() == HttpMethod.POST) {
				request = request.with(csrf());
			}
			MockHttpServletResponse response = this.mvc.perform(request).getResponse();
			assertThat(response.getStatus()).as("%s with %s=%s", target, parameter, printable(value)).isLessThan(500);
			if (response.getStatus() == 200) {
				// A page that failed half-way through rendering would still say 200.
				assertThat(response.getContentAsString()).as("%s with %s=%s", target, parameter, printable(value))
					.containsPattern("</html>\\s*$");
			}
		}
	}

	private static String printable(String value) {
		String shown = (value.length() > 40) ? value.substring(0, 40) + "…(" + value.length() + ")" : value;
		return shown.replace("\u0000", "\\0").replace("\r", "\\r").replace("\n", "\\n");
	}

}
