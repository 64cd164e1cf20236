package nl.omgekeerdetoets.browser;

import nl.omgekeerdetoets.browser.Pages.LoginPage;
import nl.omgekeerdetoets.cases.CaseFile;
import nl.omgekeerdetoets.cases.CaseFixtures;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.teams.Account;
import nl.omgekeerdetoets.teams.Role;
import nl.omgekeerdetoets.teams.Team;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
		Team team = this.fixtures.team();
		Account consultant = this.fixtures.account(Role.CONSULTANT, team);
		Account lead = this.fixtures.account(Role.TEAM_LEAD, team);
		CaseFile caseFile = this.caseFixtures.inReview(this.fixtures.signedIn(consultant));
		this.driver = Browser.start("nl");
		CasePages page = new CasePages(this.driver);
		Pages.Layout layout = new Pages.Layout(this.driver);

		// The lead finds the case in the queue and comments on step 3.
		signIn(lead);
		layout.goTo("Beoordelen");
		page.awaitHeading("Te beoordelen");
		this.driver.findElement(By.linkText(caseFile.getReference())).click();
		page.awaitText("Uw besluit");
		page.type("comment-text-ETHICS", "Welke waarnemingen horen hierbij? Nu lees ik vooral indrukken.");
		page.choose("comment-field-ETHICS", "Wat ziet of hoort u dat dit onderbouwt?");
		this.driver.findElement(By.cssSelector("#step-ethics ~ .row form button[type=submit]"))
			.sendKeys(org.openqa.selenium.Keys.ENTER);
		page.awaitText("Uw opmerking is geplaatst.");
		page.check("decision2");
		page.type("reason", "Onderbouw stap 3 met waarnemingen.");
		page.press("Besluit vastleggen");
		page.awaitText("gaat terug naar de consulent");
		Browser.screenshot(this.driver, "review-changes-requested");
		layout.logOut();

		// The consultant sees what is new, answers, resolves, edits step 3 and resubmits.
		signIn(consultant);
		layout.goTo("Meldingen");
		page.awaitText("vraagt de teamleider aanpassingen");
		this.driver.findElement(By.partialLinkText("aanpassingen")).click();
		page.awaitText("Welke waarnemingen horen hierbij?");
		Browser.screenshot(this.driver, "consultant-sees-comment");
		page.type(this.driver.findElement(By.cssSelector("textarea[name=answer]")).getAttribute("id"),
				"Aangevuld met wat ik zag.");
		page.press("Antwoord opslaan");
		page.awaitText("Uw antwoord is opgeslagen.");
		page.press("Markeren als afgehandeld");
		page.awaitText("De opmerking is afgehandeld.");
		this.driver.get(baseUrl() + "/cases/" + caseFile.getId() + "/steps/ethics");
		page.awaitHeading("Stap 3: Ethiek en normen");
		page.type("observations", "Zag haar twee keer stilstaan bij de drempel; zij zei: ik durf niet meer alleen.");
		page.press("Concept opslaan");
		page.awaitText("Concept opgeslagen.");
		this.driver.get(baseUrl() + "/cases/" + caseFile.getId());
		page.press("Indienen ter beoordeling");
		page.awaitText("De casus is ingediend ter beoordeling");
		layout.logOut();

		// The lead approves and gives a specific compliment.
		signIn(lead);
		this.driver.get(baseUrl() + "/review/cases/" + caseFile.getId());
		page.awaitText("Uw besluit");
		page.check("decision1");
		page.press("Besluit vastleggen");
		page.awaitText("De casus is goedgekeurd.");
		page.choose("compliment-step", "Stap 1: Focus op het effect");
		page.type("compliment-text", "Goed gedaan!");
		page.press("Compliment geven");
		page.awaitText("Wat was er precies goed?");
		page.type("compliment-text", COMPLIMENT);
		page.press("Compliment geven");
		page.awaitText("Uw compliment is gegeven.");
		Browser.screenshot(this.driver, "review-approved-complimented");
		layout.logOut();

		// The consultant sees the compliment on the start page.
		signIn(consultant);
		page.awaitText("Complimenten voor u");
		assertThat(page.main()).contains(COMPLIMENT);
		Browser.screenshot(this.driver, "consultant-home-compliment");
	}

	private void signIn(Account account) {
		LoginPage.open(this.driver, baseUrl()).signIn(account.getUsername(), TestFixtures.PASSWORD);
		new Pages.Layout(this.driver).awaitHeading("Welkom");
	}

	private String baseUrl() {
		return "http://localhost:" + this.port;
	}

}
