package nl.omgekeerdetoets.browser;

import nl.omgekeerdetoets.cases.CaseSummary;
import nl.omgekeerdetoets.cases.CaseFixtures;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.support.TestFixtures.TestAccount;
import nl.omgekeerdetoets.teams.Role;
import nl.omgekeerdetoets.support.TestFixtures.TestTeam;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lead asks for changes on step 3, the consultant resolves it and resubmits, the lead
 * approves and compliments, and the consultant sees the compliment.
 */
@BrowserTest
class ReviewJourneyTest {

	static final String COMPLIMENT = "Je hield het effect zuiver: achter de vraag om een scootmobiel zag je dat het om gezelschap ging.";

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	CaseFixtures caseFixtures;

	WebDriver driver;

	@AfterEach
	void closeBrowser() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Test
	void leadAsksForChangesConsultantResolvesLeadApprovesAndCompliments() {
		TestTeam team = this.fixtures.team();
		TestAccount consultant = this.fixtures.account(Role.CONSULTANT, team);
		TestAccount lead = this.fixtures.account(Role.TEAM_LEAD, team);
		CaseSummary caseFile = this.caseFixtures.submitted(this.fixtures.signedIn(consultant));
		this.driver = Browser.start("nl");

		// The lead finds the case in the queue and comments on step 3.
		ReviewQueuePage queue = signIn(lead).navigate("Beoordelen", ReviewQueuePage::new);
		queue.awaitHeading("Te beoordelen");
		ReviewPage review = queue.review(caseFile.reference());
		review.awaitText("Uw besluit");
		review.comment("ETHICS", "Wat ziet of hoort u dat dit onderbouwt?",
				"Welke waarnemingen horen hierbij? Nu lees ik vooral indrukken.");
		review.awaitText("Uw opmerking is geplaatst.");
		review.decide("decision2", "Onderbouw stap 3 met waarnemingen.", "Besluit vastleggen");
		review.awaitText("gaat terug naar de consulent");
		review.screenshot("review-changes-requested");
		review.logOut();

		// The consultant sees what is new, answers, resolves, edits step 3 and resubmits.
		NotificationsPage notifications = signIn(consultant).navigate("Meldingen", NotificationsPage::new);
		notifications.awaitText("vraagt de teamleider aanpassingen");
		CasePage casePage = notifications.open("aanpassingen");
		casePage.awaitText("Welke waarnemingen horen hierbij?");
		casePage.screenshot("consultant-sees-comment");
		casePage.answerComment("Aangevuld met wat ik zag.", "Antwoord opslaan");
		casePage.awaitText("Uw antwoord is opgeslagen.");
		casePage.press("Markeren als afgehandeld");
		casePage.awaitText("De opmerking is afgehandeld.");
		CaseStepPage ethics = CaseStepPage.open(this.driver, baseUrl(), caseFile.id(), "ethics",
				"Stap 3: Ethiek en normen");
		ethics.type("observations", "Zag haar twee keer stilstaan bij de drempel; zij zei: ik durf niet meer alleen.");
		ethics.press("Concept opslaan");
		ethics.awaitText("Concept opgeslagen.");
		casePage = CasePage.open(this.driver, baseUrl(), caseFile.id());
		casePage.press("Indienen ter beoordeling");
		casePage.awaitText("De casus is ingediend ter beoordeling");
		casePage.logOut();

		// The lead approves and gives a specific compliment.
		signIn(lead);
		review = ReviewPage.open(this.driver, baseUrl(), caseFile.id());
		review.awaitText("Uw besluit");
		review.decide("decision1", null, "Besluit vastleggen");
		review.awaitText("De casus is goedgekeurd.");
		review.compliment("Stap 1: Focus op het effect", "Goed gedaan!", "Compliment geven");
		review.awaitText("Wat was er precies goed?");
		// The step chosen stays chosen: only the text is put right.
		review.type("compliment-text", COMPLIMENT);
		review.press("Compliment geven");
		review.awaitText("Uw compliment is gegeven.");
		review.screenshot("review-approved-complimented");
		review.logOut();

		// The consultant sees the compliment on the start page.
		HomePage home = signIn(consultant);
		home.awaitText("Complimenten voor u");
		assertThat(home.mainText()).contains(COMPLIMENT);
		home.screenshot("consultant-home-compliment");
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
