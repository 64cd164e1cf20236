package nl.omgekeerdetoets.browser;

import java.time.LocalDate;

import nl.omgekeerdetoets.cases.CaseFixtures;
import nl.omgekeerdetoets.cases.CaseSummary;
import nl.omgekeerdetoets.support.Pdfs;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.support.TestFixtures.TestAccount;
import nl.omgekeerdetoets.support.TestFixtures.TestTeam;
import nl.omgekeerdetoets.teams.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11: a lead sees on the overview that a consultant is above the team's workable
 * caseload, plans a return day; the consultant proposes a case; the lead runs the meeting
 * view, records a follow-up action for the consultant and reads the report; the
 * consultant finds the action on their start page and marks it done.
 */
@BrowserTest
class ReturnDayJourneyTest {

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	CaseFixtures cases;

	@Autowired
	JdbcClient jdbc;

	WebDriver driver;

	@AfterEach
	void closeBrowser() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Test
	void aLeadPreparesHoldsAndReportsAReturnDay() throws Exception {
		TestTeam team = this.fixtures.team();
		this.jdbc.sql("update team set caseload_threshold = 1 where id = ?").param(team.getId()).update();
		TestAccount consultant = this.fixtures.account(Role.CONSULTANT, team);
		TestAccount lead = this.fixtures.account(Role.TEAM_LEAD, team);
		CaseSummary proposed = this.cases.submitted(this.fixtures.signedIn(consultant));
		this.cases.submitted(this.fixtures.signedIn(consultant));
		String action = TestFixtures.unique("Werkinstructie vervoer aanpassen");
		this.driver = Browser.start("nl");

		// The overview shows the consultant above the threshold; the lead plans a day.
		HomePage home = signIn(lead);
		ReturnDayPage page = home.navigate("Overzicht", ReturnDayPage::new);
		page.awaitText("Boven de drempel van 1");
		assertThat(page.mainText()).contains(consultant.getDisplayName());
		page.screenshot("overview-over-threshold");
		page = page.navigate("Terugkomdagen", ReturnDayPage::new);
		page.plan(LocalDate.now().plusDays(14).toString(), team.getName());
		assertThat(page.awaitStatus()).contains("De terugkomdag is gepland");
		page.logOut();

		// The consultant proposes their case with a question for the group.
		page = signIn(consultant).navigate("Terugkomdagen", ReturnDayPage::new);
		page = page.follow(String.valueOf(LocalDate.now().plusDays(14).getYear()));
		page.propose(proposed.reference(), "Hadden we eerder kunnen afwijken van de standaardvoorziening?");
		assertThat(page.awaitStatus()).contains("De casus staat op de agenda");
		page.logOut();

		// The lead runs the meeting view and records a follow-up action for the
		// consultant.
		page = signIn(lead).navigate("Terugkomdagen", ReturnDayPage::new);
		page = page.follow(String.valueOf(LocalDate.now().plusDays(14).getYear()));
		page = page.follow("Bespreking starten");
		page.awaitText("Hadden we eerder kunnen afwijken van de standaardvoorziening?");
		assertThat(page.mainText()).contains(proposed.title());
		page.recordAction(action, consultant.getDisplayName(), LocalDate.now().plusWeeks(4).toString());
		assertThat(page.awaitStatus()).contains("De opbrengst is vastgelegd");
		page.screenshot("return-day-meeting");
		page = page.follow("Verslag");
		page.awaitText(action);
		assertThat(page.mainText()).contains("Vervolgactie: ", proposed.reference());
		page.screenshot("return-day-report");
		// The report as a PDF for the team and the management.
		String pdf = Pdfs.text(Browser.downloadPdf(this.driver, page.linkHref("Verslag als pdf")))
			.replaceAll("\\s+", " ");
		assertThat(pdf).contains("Verslag van de terugkomdag", action, proposed.reference());
		page.logOut();

		// The consultant finds the action on their start page until it is done.
		home = signIn(consultant);
		home.awaitText(action);
		home.press("Gedaan");
		assertThat(home.awaitStatus()).contains("De vervolgactie staat op gedaan");
		assertThat(home.mainText()).doesNotContain(action);
	}

	private HomePage signIn(TestAccount account) {
		HomePage home = LoginPage.open(this.driver, baseUrl()).signIn(account.getUsername(), TestFixtures.PASSWORD);
		home.awaitHeadingStartingWith("Welkom");
		return home;
	}

	private String baseUrl() {
		return "http://localhost:" + this.port;
	}

}
