package nl.omgekeerdetoets.cases;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.omgekeerdetoets.audit.CaseReads;
import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.support.TestFixtures.TestAccount;
import nl.omgekeerdetoets.support.TestFixtures.TestTeam;
import nl.omgekeerdetoets.teams.Role;
import nl.omgekeerdetoets.teams.SignedInUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The history on the case page: reads grouped per person and day, people by name, reads
 * left out of a print, and refused attempts only in the admin's change history.
 */
@IntegrationTest
class CaseHistoryTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	CaseFixtures caseFixtures;

	@Autowired
	CaseReads caseReads;

	@Autowired
	CaseHistory history;

	@Autowired
	JdbcClient jdbc;

	TestTeam team;

	TestAccount ownerAccount;

	SignedInUser owner;

	CaseFile caseFile;

	@BeforeEach
	void aDraftInATeamThatDoesNotShareCases() throws Exception {
		this.team = this.fixtures.team(false);
		this.ownerAccount = this.fixtures.account(Role.CONSULTANT, this.team);
		this.owner = this.fixtures.signedIn(this.ownerAccount);
		this.caseFile = this.caseFixtures.draft(this.owner);
	}

	@Test
	void threeReadsOfALeadOnOneDayAreOneLineWithTheCountAndTheLeadsName() throws Exception {
		TestAccount lead = this.fixtures.account(Role.TEAM_LEAD, this.team);
		for (int i = 0; i < 3; i++) {
			assertThat(this.mvc
				.perform(get("/cases/{id}", this.caseFile.getId()).with(user(this.fixtures.signedIn(lead)))))
				.hasStatusOk();
		}
		String dutch = casePage("nl");
		assertThat(dutch).containsOnlyOnce("Casus 3 keer ingezien")
			.containsOnlyOnce("<tr class=\"history-read\">")
			.contains("<td>" + lead.getDisplayName() + "</td>")
			.contains("<td>" + this.ownerAccount.getDisplayName() + "</td>")
			.doesNotContain("<code>" + lead.getUsername())
			.doesNotContain("<code>" + this.ownerAccount.getUsername())
			.contains("Casus geopend");
		assertThat(casePage("en")).containsOnlyOnce("Case viewed 3 times");
	}

	@Test
	void aCaseWithAThousandLinesShowsItsNewestAndReadsNoOlderOnes() throws Exception {
		// A case discussed for months: each comment is a line of its own.
		auditLines(1000, "REVIEW_COMMENTED", (n) -> (n == 1) ? "newest" : "older");

		assertThat(this.history.of(this.caseFile.getId())).hasSize(CaseHistory.MAX_LINES)
			.first()
			.satisfies((line) -> assertThat(line.detail()).isEqualTo("newest"));
		String plan = String.join("\n",
				this.jdbc.sql("explain (analyze, timing off) " + CaseHistory.LINES)
					.params(this.history.params(this.caseFile.getId()))
					.query(String.class)
					.list());
		Matcher rows = Pattern.compile("actual rows=(\\d+)").matcher(plan);
		while (rows.find()) {
			assertThat(Integer.parseInt(rows.group(1))).as(plan).isLessThanOrEqualTo(CaseHistory.WINDOW);
		}
	}

	@Test
	void aDaysSavesOfOneStepAreOneLineWithTheCount() throws Exception {
		// The autosave saves every few seconds while someone types.
		auditLines(40, "CASE_STEP_SAVED", (n) -> (n % 2 == 0) ? "step=effect" : "step=law");

		// Twenty saves of each of two steps: two lines.
		String page = casePage("nl");
		assertThat(page.split("Stap opgeslagen", -1)).hasSize(3);
		assertThat(page.split("20 keer", -1)).hasSize(3);
		assertThat(page).containsOnlyOnce("(Focus op het effect)").containsOnlyOnce("(De bedoeling van de wet)");
		assertThat(casePage("en").split("20 times", -1)).hasSize(3);
	}

	/**
	 * Lines of the case's audit log, one second apart, the newest (n = 1) first: tomorrow
	 * at noon, after anything the case itself logged and on one day in any time zone.
	 */
	private void auditLines(int count, String action, java.util.function.IntFunction<String> detail) {
		for (int n = 1; n <= count; n++) {
			this.jdbc
				.sql("""
						insert into audit_event (occurred_at, actor, action, subject_type, subject_id, subject_label, detail)
						values (date_trunc('day', now()) + make_interval(days => 1, hours => 12, secs => :n), :actor, :action, 'CASE',
						  :id, :reference, :detail)
						""")
				.param("n", count + 1 - n)
				.param("actor", this.ownerAccount.getUsername())
				.param("action", action)
				.param("id", this.caseFile.getId())
				.param("reference", this.caseFile.getReference())
				.param("detail", detail.apply(n))
				.update();
		}
	}

	@Test
	void aSingleReadSaysSoWithoutACount() throws Exception {
		TestAccount lead = this.fixtures.account(Role.TEAM_LEAD, this.team);
		this.mvc.perform(get("/cases/{id}", this.caseFile.getId()).with(user(this.fixtures.signedIn(lead))));
		assertThat(casePage("nl")).contains(">Casus ingezien<").doesNotContain("keer ingezien");
		assertThat(casePage("en")).contains(">Case viewed<").doesNotContain("times");
	}

	@Test
	void aColleaguesRefusedAttemptIsForTheAdminNotForTheOwner() throws Exception {
		TestAccount colleague = this.fixtures.account(Role.CONSULTANT, this.team);
		assertThat(this.mvc
			.perform(get("/cases/{id}", this.caseFile.getId()).with(user(this.fixtures.signedIn(colleague)))))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(casePage("nl")).doesNotContain(colleague.getDisplayName()).doesNotContain("geweigerd");

		String adminHistory = adminHistory(colleague, "nl");
		assertThat(adminHistory).contains("Toegang geweigerd")
			.contains("<td>Casus " + this.caseFile.getReference() + "</td>")
			.doesNotContain(this.caseFile.getTitle());
	}

	@Test
	void anAdminsRefusedAttemptToOpenACaseIsLoggedOnThatCase() throws Exception {
		TestAccount admin = this.fixtures.account(Role.ADMIN);
		assertThat(this.mvc
			.perform(get("/cases/{id}/steps/effect", this.caseFile.getId()).with(user(this.fixtures.signedIn(admin)))))
			.hasStatus(HttpStatus.FORBIDDEN);

		assertThat(adminHistory(admin, "en")).contains("Access to page refused")
			.contains("<td>Case " + this.caseFile.getReference() + "</td>");
		assertThat(this.mvc.perform(get("/admin/history").param("type", "CASE")
			.param("actor", admin.getUsername())
			.header("Accept-Language", "en")
			.with(user(this.fixtures.signedIn(admin))))).bodyText()
			.contains("<td>Case " + this.caseFile.getReference() + "</td>");
		assertThat(casePage("nl")).doesNotContain(admin.getDisplayName()).doesNotContain("geweigerd");
	}

	@Test
	void aRefusedPageNamesThePathInTheAdminHistoryWithoutTheQuery() throws Exception {
		TestAccount lead = this.fixtures.account(Role.TEAM_LEAD, this.team);
		assertThat(this.mvc
			.perform(get("/admin/accounts").param("q", "private-search-text").with(user(this.fixtures.signedIn(lead)))))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(adminHistory(lead, "nl")).contains("<td>/admin/accounts</td>").doesNotContain("private-search-text");
	}

	@Test
	void theAdminHistorySaysItShowsCaseEventsToo() throws Exception {
		assertThat(adminHistory(this.ownerAccount, "nl")).contains("wat er met casussen gebeurde")
			.contains("geweigerde toegang");
		assertThat(adminHistory(this.ownerAccount, "en")).contains("everything that happened to cases")
			.contains("refused access");
	}

	private String casePage(String language) throws Exception {
		// Reads reach the log in batches, a few seconds after the page (issue 14).
		this.caseReads.flush();
		return this.mvc
			.perform(get("/cases/{id}", this.caseFile.getId()).header("Accept-Language", language)
				.with(user(this.owner)))
			.getResponse()
			.getContentAsString();
	}

	private String adminHistory(TestAccount actor, String language) throws Exception {
		SignedInUser admin = this.fixtures.signedIn(this.fixtures.account(Role.ADMIN));
		var result = this.mvc.perform(get("/admin/history").param("actor", actor.getUsername())
			.header("Accept-Language", language)
			.with(user(admin)));
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString();
	}

}
