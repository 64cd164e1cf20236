package nl.omgekeerdetoets.cases;

import jakarta.servlet.http.Cookie;
import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.support.TestFixtures.TestTeam;
import nl.omgekeerdetoets.teams.Role;
import nl.omgekeerdetoets.teams.SignedInUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A consultant withdraws a case the resident no longer asks for (issue 14): closed with a
 * reason from the list, read-only, out of the review queue and the open work; without a
 * reason, or on an old version of the page, nothing changes and the page says why.
 */
@IntegrationTest
class WithdrawCaseTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	CaseFixtures caseFixtures;

	@Autowired
	JdbcClient jdbc;

	SignedInUser owner;

	SignedInUser lead;

	@BeforeEach
	void aTeam() {
		TestTeam team = this.fixtures.team();
		this.owner = this.fixtures.signedIn(this.fixtures.account(Role.CONSULTANT, team));
		this.lead = this.fixtures.signedIn(this.fixtures.account(Role.TEAM_LEAD, team));
	}

	@Test
	void theOwnerWithdrawsACaseInReviewItClosesAndLeavesTheQueue() throws Exception {
		CaseSummary c = this.caseFixtures.submitted(this.owner);
		assertThat(page("/review", this.lead)).contains(c.reference());
		assertThat(page("/cases/" + c.id(), this.owner)).contains("Casus intrekken");

		assertThat(withdraw(c, "MOVED_AWAY", version(c))).hasRedirectedUrl("/cases/" + c.id())
			.flash()
			.containsEntry("saved", "case.withdrawn");

		assertThat(this.jdbc.sql("select status || ' ' || withdrawal_reason from case_file where id = ?")
			.param(c.id())
			.query(String.class)
			.single()).isEqualTo("WITHDRAWN MOVED_AWAY");
		awaitHistoryLine(c, "CASE_WITHDRAWN");
		String casePage = page("/cases/" + c.id(), this.owner);
		assertThat(casePage).contains("Ingetrokken op")
			.contains("De inwoner is verhuisd naar een andere gemeente")
			.contains("<span>Ingetrokken</span>")
			.doesNotContain("Casus intrekken")
			.doesNotContain("Indienen ter beoordeling");
		assertThat(page("/review", this.lead)).doesNotContain(c.reference());
		assertThat(page("/cases?status=WITHDRAWN", this.owner)).contains(c.reference());
		// Withdrawn is final: a second try is refused.
		assertThat(withdraw(c, "OTHER", version(c))).hasStatus(403);
	}

	@Test
	void withoutAReasonNothingChangesAndTheFieldSaysWhy() throws Exception {
		CaseSummary c = this.caseFixtures.opened(this.owner);

		MvcTestResult result = this.mvc.perform(
				post("/cases/{id}/withdraw", c.id()).param("version", version(c)).with(user(this.owner)).with(csrf()));

		assertThat(result).hasRedirectedUrl("/cases/" + c.id() + "#withdraw")
			.flash()
			.containsEntry("withdrawProblem", "case.withdraw.reason.required");
		assertThat(status(c)).isEqualTo("DRAFT");
		// The redirect's flash attributes are in the session (in the database), where the
		// next request of the same session finds them.
		Cookie session = result.getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		String shown = this.mvc
			.perform(get("/cases/{id}", c.id()).header("Accept-Language", "nl").cookie(session).with(user(this.owner)))
			.getResponse()
			.getContentAsString();
		assertThat(shown).contains("<details class=\"withdraw card card-body mb-4 no-print\" id=\"withdraw\" open")
			.contains("Kies waarom de casus wordt ingetrokken.")
			.contains("aria-invalid=\"true\"");
	}

	@Test
	void anOldVersionOfThePageIsToldAndNothingChanges() {
		CaseSummary c = this.caseFixtures.opened(this.owner);

		assertThat(withdraw(c, "RESIDENT_WITHDREW", "-1")).hasRedirectedUrl("/cases/" + c.id())
			.flash()
			.containsEntry("problem", "case.withdraw.conflict");
		assertThat(status(c)).isEqualTo("DRAFT");
	}

	private MvcTestResult withdraw(CaseSummary c, String reason, String version) {
		return this.mvc.perform(post("/cases/{id}/withdraw", c.id()).param("version", version)
			.param("reason", reason)
			.with(user(this.owner))
			.with(csrf()));
	}

	/** The history follows the change after its commit, asynchronously. */
	private void awaitHistoryLine(CaseSummary c, String action) throws InterruptedException {
		for (int i = 0; i < 100; i++) {
			if (this.jdbc.sql("select count(*) from audit_event where subject_id = ? and action = ?")
				.params(c.id(), action)
				.query(Long.class)
				.single() > 0) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no " + action + " in the history of " + c.reference());
	}

	private String version(CaseSummary c) {
		return this.jdbc.sql("select version from case_file where id = ?")
			.param(c.id())
			.query(Long.class)
			.single()
			.toString();
	}

	private String status(CaseSummary c) {
		return this.jdbc.sql("select status from case_file where id = ?").param(c.id()).query(String.class).single();
	}

	private String page(String path, SignedInUser who) throws Exception {
		MvcTestResult result = this.mvc.perform(get(path).header("Accept-Language", "nl").with(user(who)));
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString();
	}

}
