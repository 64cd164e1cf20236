package nl.omgekeerdetoets.privacy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import nl.omgekeerdetoets.audit.CaseReads;
import nl.omgekeerdetoets.casebook.CasebookFixtures;
import nl.omgekeerdetoets.cases.CaseSummary;
import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.Pdfs;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.support.TestFixtures.TestAccount;
import nl.omgekeerdetoets.support.TestFixtures.World;
import nl.omgekeerdetoets.teams.Role;
import nl.omgekeerdetoets.teams.SignedInUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Who read what: every read of a case and every refused attempt, by every role, is in the
 * access log; the privacy officer reads it per case and per account without case content,
 * and produces the subject access report, which is logged too.
 */
@IntegrationTest
class AccessLogTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CaseReads caseReads;

	World world;

	SignedInUser consultant;

	SignedInUser lead;

	SignedInUser officer;

	CaseSummary c;

	@BeforeEach
	void aCaseAndItsReaders() {
		this.world = this.fixtures.world();
		this.consultant = this.fixtures.signedIn(this.world.consultantA());
		this.lead = this.fixtures.signedIn(this.world.leadA());
		TestAccount officer = this.fixtures.account(Role.PRIVACY_OFFICER);
		this.officer = this.fixtures.signedIn(officer);
		this.c = new CasebookFixtures(this.context).approvedCase(this.consultant, this.lead);
	}

	@Test
	void everyReadIsLoggedTheOwnersGroupedPerDay() {
		status(get("/cases/{id}", this.c.id()), this.consultant, 200);
		status(get("/cases/{id}", this.c.id()), this.consultant, 200);
		status(get("/cases/{id}/follow-ups/6", this.c.id()), this.consultant, 200);
		status(get("/cases/{id}", this.c.id()), this.lead, 200);
		this.caseReads.flush();

		assertThat(this.jdbc.sql("select sum(times) from case_own_read where case_id = ? and actor = ?")
			.params(this.c.id(), this.consultant.getUsername())
			.query(Long.class)
			.single()).isEqualTo(3);
		assertThat(this.jdbc.sql("select count(*) from case_own_read where case_id = ?")
			.param(this.c.id())
			.query(Long.class)
			.single()).as("one row per person and day").isOne();
		assertThat(details("CASE_READ")).containsExactly("role=TEAM_LEAD; page=GET /cases/{id}");
	}

	@Test
	void everyRoleIsRefusedAndLogged() {
		status(get("/cases/{id}", this.c.id()), this.fixtures.signedIn(this.world.consultantB()), 404);
		status(get("/cases/{id}", this.c.id()), this.fixtures.signedIn(this.world.leadB()), 404);
		status(get("/cases/{id}", this.c.id()), this.fixtures.signedIn(this.world.admin()), 403);
		status(get("/cases/{id}/steps/ethics", this.c.id()), this.officer, 403);

		List<String> refusals = this.jdbc.sql("""
				select action || ' ' || substring(detail from 'role=([A-Z_]+)') from audit_event
				where subject_type = 'CASE' and subject_id = ? and action like '%REFUSED' order by id""")
			.param(this.c.id())
			.query(String.class)
			.list();
		assertThat(refusals).containsExactly("CASE_ACCESS_REFUSED CONSULTANT", "CASE_ACCESS_REFUSED TEAM_LEAD",
				"ACCESS_REFUSED ADMIN", "ACCESS_REFUSED PRIVACY_OFFICER");

		String log = page(get("/privacy/access").param("reference", this.c.reference()).param("unusual", "true"),
				this.officer);
		assertThat(log).contains(this.world.consultantB().getUsername())
			.contains(this.world.admin().getUsername())
			.contains("geweigerd");
	}

	@Test
	void thePrivacyOfficerReadsWhoReadACaseWithoutItsContent() throws Exception {
		status(get("/cases/{id}", this.c.id()), this.consultant, 200);
		status(get("/review/cases/{id}", this.c.id()), this.lead, 200);
		this.caseReads.flush();

		String byCase = page(get("/privacy/access").param("reference", this.c.reference()), this.officer);
		assertThat(byCase).contains(this.lead.getUsername())
			.contains("GET /review/cases/{id}")
			.contains("Teamleider")
			.contains(this.consultant.getUsername())
			.contains("Eigen zaak gelezen")
			.doesNotContain(this.c.title())
			.doesNotContain(this.c.resident());
		String byAccount = page(get("/privacy/access").param("account", this.lead.getUsername()), this.officer);
		assertThat(byAccount).contains(this.c.reference()).doesNotContain(this.consultant.getUsername());

		MvcTestResult csv = this.mvc.perform(get("/privacy/access.csv").param("reference", this.c.reference())
			.header("Accept-Language", "nl")
			.with(user(this.officer)));
		assertThat(csv).hasStatusOk();
		String text = new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFWanneer;Gebruikersnaam;")
			.contains(";" + this.lead.getUsername() + ";")
			.contains(";" + this.c.reference() + ";")
			.doesNotContain(this.c.title());
	}

	@Test
	void theSubjectAccessReportHoldsTheCaseItsDecisionsAndWhoReadItAndIsLogged() throws Exception {
		this.jdbc.sql("""
				insert into review_decision (case_id, round, reviewer_id, decision, reason, decided_at)
				values (?, 1, ?, 'APPROVED', null, now())""").params(this.c.id(), this.lead.id()).update();
		status(get("/cases/{id}", this.c.id()), this.lead, 200);

		String page = page(get("/privacy/subject-access").param("reference", this.c.reference()), this.officer);
		assertThat(page).contains(this.c.title()).contains(this.c.resident()).contains("Goedgekeurd");

		MvcTestResult pdf = this.mvc.perform(get("/privacy/subject-access.pdf").param("reference", this.c.reference())
			.header("Accept-Language", "nl")
			.with(user(this.officer)));
		assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
		byte[] document = pdf.getResponse().getContentAsByteArray();
		String text = Pdfs.text(document);
		assertThat(text).contains("Inzageoverzicht van zaak " + this.c.reference())
			.contains(this.c.title())
			.contains(this.c.resident())
			.contains("Goedgekeurd")
			.contains("Wie heeft de zaak ingezien")
			.contains(this.lead.displayName());
		assertThat(Pdfs.pdfUaFailures(document)).isEmpty();

		MvcTestResult json = this.mvc.perform(
				get("/privacy/subject-access.json").param("reference", this.c.reference()).with(user(this.officer)));
		assertThat(json).hasStatusOk();
		assertThat(json.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("\"reference\":\"" + this.c.reference() + "\"")
			.contains("\"decision\":\"APPROVED\"");

		assertThat(details("SUBJECT_ACCESS_REPORT")).containsExactly("role=PRIVACY_OFFICER; page=html",
				"role=PRIVACY_OFFICER; page=pdf", "role=PRIVACY_OFFICER; page=json");
		assertThat(page(get("/privacy/subject-access").param("reference", "1999-9999"), this.officer))
			.contains("Er is geen zaak met dit nummer.");
	}

	private List<String> details(String action) {
		return this.jdbc.sql(
				"select detail from audit_event where subject_type = 'CASE' and subject_id = ? and action = ? order by id")
			.params(this.c.id(), action)
			.query(String.class)
			.list();
	}

	private void status(MockHttpServletRequestBuilder request, SignedInUser who, int status) {
		assertThat(this.mvc.perform(request.with(user(who)))).hasStatus(status);
		// Reads reach the log in batches, a few seconds after the page.
		this.caseReads.flush();
	}

	private String page(MockHttpServletRequestBuilder request, SignedInUser who) {
		MvcTestResult result = this.mvc.perform(request.header("Accept-Language", "nl").with(user(who)));
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
