package nl.omgekeerdetoets.browser;

import nl.omgekeerdetoets.audit.CaseReads;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;

import nl.omgekeerdetoets.casebook.CasebookFixtures;
import nl.omgekeerdetoets.cases.CaseService;
import nl.omgekeerdetoets.cases.CaseSummary;
import nl.omgekeerdetoets.support.Pdfs;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.support.TestFixtures.TestAccount;
import nl.omgekeerdetoets.support.TestFixtures.TestTeam;
import nl.omgekeerdetoets.teams.Role;
import nl.omgekeerdetoets.teams.SignedInUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Privacy by design in the browser: an admin changes a retention period, looks at the dry
 * run, puts a case on legal hold, confirms, deletes and reads the deletion log; then the
 * privacy officer looks up who read the held case and downloads its subject access
 * report.
 */
@BrowserTest
class PrivacyJourneyTest {

	@LocalServerPort
	int port;

	@Autowired
	CaseReads caseReads;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CaseService cases;

	WebDriver driver;

	@AfterEach
	void closeBrowser() {
		if (this.driver != null) {
			this.driver.quit();
		}
		this.jdbc.sql("update retention_rule set keep_months = 60 where law_domain = 'WMO'").update();
		this.jdbc.sql("update retention_setting set confirmed_version = rules_version").update();
		this.jdbc.sql("update legal_hold set released_at = now(), released_by = placed_by where released_at is null")
			.update();
	}

	@Test
	void anAdminDeletesWhatIsDueAndThePrivacyOfficerAnswersWhoReadAHeldCase() throws Exception {
		TestTeam team = this.fixtures.team();
		TestAccount consultant = this.fixtures.account(Role.CONSULTANT, team);
		TestAccount lead = this.fixtures.account(Role.TEAM_LEAD, team);
		TestAccount admin = this.fixtures.account(Role.ADMIN);
		TestAccount officer = this.fixtures.account(Role.PRIVACY_OFFICER);
		CasebookFixtures casebook = new CasebookFixtures(this.context);
		CaseSummary due = casebook.approvedCase(this.fixtures.signedIn(consultant), this.fixtures.signedIn(lead));
		CaseSummary held = casebook.approvedCase(this.fixtures.signedIn(consultant), this.fixtures.signedIn(lead));
		// Both closed four and a half years ago; the lead reads the one that will be
		// held.
		closedOn(due, LocalDate.now().minusMonths(54));
		closedOn(held, LocalDate.now().minusMonths(54));
		SignedInUser reader = this.fixtures.signedIn(lead);
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(reader, null, reader.getAuthorities()));
		try {
			this.cases.summary(held.id(), reader);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		this.caseReads.flush();
		this.driver = Browser.start("nl");

		// The admin shortens the Wmo period to four years: the run now waits for them.
		HomePage home = LoginPage.open(this.driver, baseUrl()).signIn(admin.getUsername(), TestFixtures.PASSWORD);
		home.awaitHeadingStartingWith("Welkom");
		PrivacyPage page = home.navigate("Bewaartermijnen", PrivacyPage::new);
		page.awaitHeading("Bewaartermijnen");
		page = page.follow("Wmo");
		page.awaitHeading("Bewaartermijn: Wmo");
		page.type("keepMonths", "48");
		page.type("source", "Selectielijst 2020, nagekeken met de archivaris");
		page.press("Opslaan");
		page = new PrivacyPage(this.driver);
		assertThat(page.awaitStatus()).contains("opgeslagen");
		assertThat(page.mainText()).contains("wacht tot u de proefrun hebt bekeken");

		// The dry run lists both cases.
		page = page.follow("Proefrun");
		page.awaitHeading("Proefrun");
		assertThat(page.references("to-delete")).contains(due.reference(), held.reference());
		page.screenshot("privacy-dry-run");

		// A complaint: the admin puts one of them on hold; the dry run lists it apart.
		page = page.follow("Juridische bewaring");
		page.awaitHeading("Juridische bewaring");
		page.type("reference", held.reference());
		page.choose("reasonKind", "Klacht");
		page.type("reason", "Klacht over de afhandeling, nog in behandeling");
		page.press("Bewaring vastleggen");
		page = new PrivacyPage(this.driver);
		assertThat(page.awaitStatus()).contains(held.reference());
		page = page.follow("Proefrun");
		page.awaitHeading("Proefrun");
		assertThat(page.references("to-delete")).contains(due.reference()).doesNotContain(held.reference());
		assertThat(page.references("held")).containsExactly(held.reference());

		// Confirmed, and deleted now: the log shows what went.
		page.press("Termijnen bevestigen");
		page = new PrivacyPage(this.driver);
		assertThat(page.awaitStatus()).contains("Bevestigd");
		page.press("Nu verwijderen");
		page = new PrivacyPage(this.driver);
		page.awaitHeading("Verwijderlog");
		assertThat(page.awaitStatus()).contains("Verwijdering klaar");
		assertThat(page.references("deletions")).contains(due.reference()).doesNotContain(held.reference());
		page.screenshot("privacy-deletion-log");
		page.logOut();

		// The privacy officer looks up who read the held case, and produces its report.
		home = LoginPage.open(this.driver, baseUrl()).signIn(officer.getUsername(), TestFixtures.PASSWORD);
		home.awaitHeadingStartingWith("Welkom");
		page = home.navigate("Toegangslog", PrivacyPage::new);
		page.awaitHeading("Toegangslog");
		page.type("reference", held.reference());
		page = page.search();
		page.awaitText(lead.getUsername());
		assertThat(page.mainText()).contains("Teamleider").doesNotContain(held.title());
		page.screenshot("privacy-access-log");

		page = page.navigate("Inzageverzoek", PrivacyPage::new);
		page.awaitHeading("Inzageverzoek");
		page.type("reference", held.reference());
		page = page.search();
		page.awaitText("Inzageoverzicht van zaak " + held.reference());
		assertThat(page.mainText()).contains(held.title()).contains("Klacht over de afhandeling");
		String pdf = Pdfs.text(Browser.downloadPdf(this.driver, page.href("report-pdf")));
		assertThat(pdf).contains("Inzageoverzicht van zaak " + held.reference(), held.title(),
				"Wie heeft de zaak ingezien", lead.getDisplayName());
		page.screenshot("privacy-subject-access");
	}

	private void closedOn(CaseSummary c, LocalDate day) {
		this.jdbc.sql("""
				update case_file set status = 'EVALUATED', follow_up_due = null, follow_up_months = null,
					evaluated_at = :at, updated_at = :at where id = :id""")
			.param("at", Timestamp.from(day.atTime(12, 0).atZone(ZoneId.of("Europe/Amsterdam")).toInstant()))
			.param("id", c.id())
			.update();
		this.jdbc.sql("delete from case_domain where case_id = ?").param(c.id()).update();
		this.jdbc.sql("insert into case_domain (case_id, domain) values (?, 'WMO')").param(c.id()).update();
	}

	private String baseUrl() {
		return "http://localhost:" + this.port;
	}

}
