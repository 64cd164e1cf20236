package nl.omgekeerdetoets.system;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import nl.omgekeerdetoets.casebook.CasebookFixtures;
import nl.omgekeerdetoets.cases.CaseFixtures;
import nl.omgekeerdetoets.cases.CaseSummary;
import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.StatementRecorder;
import nl.omgekeerdetoets.support.StatementRecorder.Recording;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.support.TestFixtures.TestAccount;
import nl.omgekeerdetoets.support.TestFixtures.TestTeam;
import nl.omgekeerdetoets.teams.Role;
import nl.omgekeerdetoets.teams.SignedInUser;
import nl.omgekeerdetoets.support.SignedInPages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The pages that the case pages' query-count test ({@code cases.QueryCountTest}) leaves
 * out: those of the review's appreciation, the return day, the casebook, the overview's
 * exports, the admin and the privacy officer. Each is requested as a signed-in browser
 * requests it (its session from the cookie), with at least two rows in every list it
 * shows, and may send no statement twice (a statement per row would repeat) and no more
 * statements than its bound (issue 13).
 */
@IntegrationTest
class EveryPageQueryCountTest {

	/**
	 * The most statements each page may send, its session's read included. Lower them as
	 * pages get cheaper; never raise one without a reason in the commit. A page is named
	 * by its role and URL with its ids as {id}; a draft edition (built from its entries)
	 * and a published one (its snapshot) share theirs. A paged list counts its rows only
	 * when they fill more than its page, which depends on what other tests left in the
	 * database: that count (Spring Data's, {@link #PAGE_COUNT}) does not count against
	 * the bound, and may not repeat either.
	 */
	static final Map<String, Integer> BOUNDS = Map.ofEntries(Map.entry("consultant /cases/new", 2),
			Map.entry("consultant /team/compliments", 4), Map.entry("consultant /exemplary", 3),
			Map.entry("consultant /return-days", 4), Map.entry("consultant /my-figures", 10),
			Map.entry("consultant /casebook", 4), Map.entry("consultant /casebook/editions/{id}", 4),
			Map.entry("lead /review/cases/{id}/exemplary", 8), Map.entry("lead /team/compliments", 4),
			Map.entry("lead /exemplary", 4), Map.entry("lead /overview/costs.csv", 13),
			Map.entry("lead /overview/obstacles.csv", 13), Map.entry("lead /return-days", 4),
			Map.entry("lead /return-days/{id}", 9), Map.entry("lead /return-days/{id}/meeting/{id}", 14),
			Map.entry("lead /return-days/{id}/report", 14), Map.entry("lead /casebook", 7),
			Map.entry("lead /casebook/cases/{id}/entry", 10), Map.entry("lead /casebook/editions/new", 3),
			Map.entry("lead /casebook/editions/{id}/edit", 11), Map.entry("lead /casebook/editions/{id}", 10),
			Map.entry("lead /holds", 4), Map.entry("admin /admin/teams", 2), Map.entry("admin /admin/teams/new", 1),
			Map.entry("admin /admin/teams/{id}", 2), Map.entry("admin /admin/accounts", 4),
			Map.entry("admin /admin/accounts/new", 2), Map.entry("admin /admin/accounts/{id}", 4),
			Map.entry("admin /admin/accounts/{id}/password", 2), Map.entry("admin /admin/laws", 2),
			Map.entry("admin /admin/laws/new", 1), Map.entry("admin /admin/laws/{id}", 2),
			Map.entry("admin /admin/laws/{id}/goals/new", 2), Map.entry("admin /admin/laws/{id}/goals/{id}", 2),
			Map.entry("admin /admin/prices", 2), Map.entry("admin /admin/prices/new", 1),
			Map.entry("admin /admin/prices/{id}", 3), Map.entry("admin /admin/prices/{id}/prices/new", 2),
			Map.entry("admin /admin/history", 2), Map.entry("admin /admin/retention", 4),
			Map.entry("admin /admin/retention/rules/{id}", 2), Map.entry("admin /admin/retention/dry-run", 7),
			Map.entry("admin /admin/retention/deletions", 3), Map.entry("admin /admin/retention/deletions.csv", 3),
			Map.entry("admin /holds", 2), Map.entry("privacy officer /privacy/access", 3),
			Map.entry("privacy officer /privacy/access.csv", 3),
			Map.entry("privacy officer /privacy/subject-access", 1),
			Map.entry("privacy officer /privacy/subject-access?reference={id}-{id}", 15));

	/** A paged list's count of its rows, as Spring Data has Hibernate write it. */
	static final Pattern PAGE_COUNT = Pattern.compile("select count\\(\\S+\\) from \\w+ \\w+1_0\\b.*", Pattern.DOTALL);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	CaseFixtures caseFixtures;

	@Autowired
	StatementRecorder recorder;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	SignedInPages signedIn;

	@BeforeEach
	void signedInPages() {
		this.signedIn = new SignedInPages(this.mvc, this.recorder, this.jdbc);
	}

	@Test
	void everyOtherPageStaysWithinItsBoundAndSendsNoStatementTwice() throws Exception {
		TestTeam team = this.fixtures.team(true);
		TestAccount consultantAccount = this.fixtures.account(Role.CONSULTANT, team);
		TestAccount otherConsultantAccount = this.fixtures.account(Role.CONSULTANT, team);
		TestAccount leadAccount = this.fixtures.account(Role.TEAM_LEAD, team);
		TestAccount adminAccount = this.fixtures.account(Role.ADMIN);
		TestAccount officerAccount = this.fixtures.account(Role.PRIVACY_OFFICER);
		SignedInUser consultant = this.fixtures.signedIn(consultantAccount);
		SignedInUser otherConsultant = this.fixtures.signedIn(otherConsultantAccount);
		SignedInUser lead = this.fixtures.signedIn(leadAccount);

		// Two of everything a list shows: cases approved and proposed for the casebook,
		// with entries, compliments, follow-ups, an edition of both, holds, a return day
		// with two cases on its agenda.
		CasebookFixtures casebook = new CasebookFixtures(this.context);
		CaseSummary first = casebook.proposedCase(consultant, lead, "Gezelschap in plaats van een scootmobiel");
		CaseSummary second = casebook.proposedCase(otherConsultant, lead, "Een maatje voor de boodschappen");
		long firstEntry = casebook.entry(first, lead, "Gezelschap in plaats van een scootmobiel");
		long secondEntry = casebook.entry(second, lead, "Een maatje voor de boodschappen");
		long edition = casebook.published(lead, "Casusboekje", firstEntry, secondEntry);
		long draftEdition = casebook.draft(lead, "Concept", firstEntry, secondEntry);
		CaseSummary inReview = this.caseFixtures.submitted(consultant);
		CaseSummary otherInReview = this.caseFixtures.submitted(otherConsultant);
		for (CaseSummary caseFile : new CaseSummary[] { inReview, otherInReview }) {
			for (String step : new String[] { "EFFECT", "LAW" }) {
				perform(post("/review/cases/{id}/compliments", caseFile.id()).param("step", step)
					.param("text", "Je hield het effect zuiver: achter de vraag om een scootmobiel zag je dat het om "
							+ "gezelschap ging."),
						lead);
			}
		}
		this.caseFixtures.followedUpAfterSixMonths(consultant, lead);
		this.caseFixtures.followedUpAfterSixMonths(otherConsultant, lead);
		for (CaseSummary caseFile : new CaseSummary[] { first, second }) {
			perform(post("/holds").param("reference", caseFile.reference())
				.param("reasonKind", "OBJECTION_OR_APPEAL")
				.param("reason", "Bezwaar loopt tot de hoorzitting"), lead);
		}
		String day = perform(post("/return-days").param("heldOn", "2026-12-15").param("teamIds", "" + team.getId()),
				lead)
			.getResponse()
			.getRedirectedUrl();
		for (CaseSummary caseFile : new CaseSummary[] { first, second }) {
			perform(post(day + "/items").param("reference", caseFile.reference())
				.param("question", "Wat leerde deze casus ons?"), lead);
		}
		// Another person's reads of cases, for the access log.
		Cookie asLead = logIn(leadAccount);
		this.mvc.perform(get("/cases/" + first.id()).cookie(asLead));
		this.mvc.perform(get("/cases/" + second.id()).cookie(asLead));

		Cookie asConsultant = logIn(consultantAccount);
		Cookie asAdmin = logIn(adminAccount);
		Cookie asOfficer = logIn(officerAccount);
		long law = id("select min(id) from law");
		long goal = id("select min(id) from law_goal where law_id = " + law);
		long priceItem = id("select min(id) from price_item");
		long rule = id("select min(id) from retention_rule");

		Map<String, Recording> pages = new LinkedHashMap<>();
		for (String url : new String[] { "/cases/new", "/team/compliments", "/exemplary", "/return-days", "/my-figures",
				"/casebook", "/casebook/editions/" + edition }) {
			pages.put("consultant " + url, request(url, asConsultant));
		}
		for (String url : new String[] { "/review/cases/" + first.id() + "/exemplary", "/team/compliments",
				"/exemplary", "/overview/costs.csv", "/overview/obstacles.csv", "/return-days", day, day + "/meeting/1",
				day + "/report", "/casebook", "/casebook/cases/" + first.id() + "/entry", "/casebook/editions/new",
				"/casebook/editions/" + draftEdition + "/edit", "/casebook/editions/" + draftEdition,
				"/casebook/editions/" + edition, "/holds" }) {
			pages.put("lead " + url, request(url, asLead));
		}
		for (String url : new String[] { "/admin/teams", "/admin/teams/new", "/admin/teams/" + team.getId(),
				"/admin/accounts", "/admin/accounts/new", "/admin/accounts/" + consultantAccount.getId(),
				"/admin/accounts/" + consultantAccount.getId() + "/password", "/admin/laws", "/admin/laws/new",
				"/admin/laws/" + law, "/admin/laws/" + law + "/goals/new", "/admin/laws/" + law + "/goals/" + goal,
				"/admin/prices", "/admin/prices/new", "/admin/prices/" + priceItem,
				"/admin/prices/" + priceItem + "/prices/new", "/admin/history", "/admin/retention",
				"/admin/retention/rules/" + rule, "/admin/retention/dry-run", "/admin/retention/deletions",
				"/admin/retention/deletions.csv", "/holds" }) {
			pages.put("admin " + url, request(url, asAdmin));
		}
		for (String url : new String[] { "/privacy/access", "/privacy/access.csv", "/privacy/subject-access",
				"/privacy/subject-access?reference=" + first.reference() }) {
			pages.put("privacy officer " + url, request(url, asOfficer));
		}

		pages.forEach((page, recording) -> {
			assertThat(recording.statements()).as("statements of %s:%n%s", page, recording).doesNotHaveDuplicates();
			assertThat(BOUNDS).as("a bound for %s", page).containsKey(page.replaceAll("\\d+", "{id}"));
			assertThat(recording.statements()).as("statements of %s:%n%s", page, recording)
				.filteredOn((statement) -> !PAGE_COUNT.matcher(statement).matches())
				.hasSizeLessThanOrEqualTo(BOUNDS.get(page.replaceAll("\\d+", "{id}")));
		});
	}

	private MvcTestResult perform(MockHttpServletRequestBuilder request, SignedInUser user) {
		MvcTestResult result = this.mvc.perform(request.with(csrf()).with(user(user)));
		assertThat(result).as(request.toString()).hasStatus3xxRedirection();
		return result;
	}

	private Recording request(String url, Cookie session) throws Exception {
		return this.signedIn.record(url, session);
	}

	private Cookie logIn(TestAccount account) {
		return this.signedIn.logIn(account);
	}

	private long id(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
