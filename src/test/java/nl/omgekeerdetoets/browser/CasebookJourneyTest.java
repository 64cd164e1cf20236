package nl.omgekeerdetoets.browser;

import nl.omgekeerdetoets.casebook.CasebookFixtures;
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
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lead proposes two approved cases for the casebook, writes their entries (one refused
 * first for a phone number), puts an edition together in the order they want, publishes
 * it and downloads the PDF; a consultant then reads the published edition.
 */
@BrowserTest
class CasebookJourneyTest {

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	ApplicationContext context;

	WebDriver driver;

	@AfterEach
	void closeBrowser() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Test
	void leadWritesEntriesPublishesAnEditionAndAConsultantReadsIt() throws Exception {
		TestTeam team = this.fixtures.team();
		TestAccount consultant = this.fixtures.account(Role.CONSULTANT, team);
		TestAccount lead = this.fixtures.account(Role.TEAM_LEAD, team);
		CasebookFixtures casebook = new CasebookFixtures(this.context);
		CaseSummary first = casebook.approvedCase(this.fixtures.signedIn(consultant), this.fixtures.signedIn(lead));
		CaseSummary second = casebook.approvedCase(this.fixtures.signedIn(consultant), this.fixtures.signedIn(lead));
		String firstTitle = TestFixtures.unique("Gezelschap in plaats van een scootmobiel");
		String secondTitle = TestFixtures.unique("Een maatje voor de boodschappen");
		String editionTitle = TestFixtures.unique("Casusboekje");
		this.driver = Browser.start("nl");

		// The lead proposes both approved cases for the casebook.
		signIn(lead);
		ReviewPage review = null;
		for (CaseSummary caseFile : new CaseSummary[] { first, second }) {
			review = ExemplaryPage.open(this.driver, baseUrl(), caseFile.id())
				.proposeForCasebook("Voorbeeld " + caseFile.reference());
			review.awaitStatus();
		}

		// The first entry is refused for a phone number, then saved without it.
		CasebookPage page = review.navigate("Casusboekje", CasebookPage::new);
		page.awaitText("Voorbeeld " + first.reference());
		this.driver.get(baseUrl() + "/casebook/cases/" + first.id() + "/entry");
		page = new CasebookPage(this.driver);
		page.writeEntry(firstTitle, "Bel de inwoner op 06-12345678 over de beleidsregel.");
		assertThat(page.awaitErrorSummary()).contains("telefoonnummer");
		page.screenshot("casebook-entry-refused");
		page.type("obstacle", "Een beleidsregel die alleen een hulpmiddel kende.");
		page.press("Bijdrage opslaan");
		assertThat(page.awaitStatus()).contains("opgeslagen");
		this.driver.get(baseUrl() + "/casebook/cases/" + second.id() + "/entry");
		page = new CasebookPage(this.driver);
		page.writeEntry(secondTitle, "Een werkproces dat alleen producten kende.");
		page.awaitStatus();

		// The lead puts the edition together, second entry first, and publishes it.
		page = page.follow("Nieuwe editie");
		page.type("title", editionTitle);
		page.type("introduction", "Wat werken vanuit de bedoeling de gemeente opleverde.");
		page.press("Editie aanmaken");
		page = new CasebookPage(this.driver);
		page.awaitHeadingStartingWith("Editie samenstellen");
		page.pressLabelled("„" + firstTitle + "” aan deze editie toevoegen");
		page.awaitText("Bijdragen in deze editie (1)");
		page = new CasebookPage(this.driver);
		page.pressLabelled("„" + secondTitle + "” aan deze editie toevoegen");
		page.awaitText("Bijdragen in deze editie (2)");
		page = new CasebookPage(this.driver);
		page.pressLabelled("„" + secondTitle + "” een plaats omhoog");
		page.await("the new order",
				(d) -> new CasebookPage(d).chosenTitles().equals(java.util.List.of(secondTitle, firstTitle)));
		page.screenshot("casebook-edition-edit");
		page.press("Publiceren");
		page = new CasebookPage(this.driver);
		page.awaitText("De editie is gepubliceerd.");
		page.screenshot("casebook-edition-published");

		// The PDF, downloaded with the lead's session, holds both titles in that order.
		String pdf = pdfText(page.pdfHref());
		assertThat(pdf).contains(firstTitle, secondTitle, "€ 12.000,00");
		assertThat(pdf.indexOf(secondTitle)).isLessThan(pdf.indexOf(firstTitle));
		page.logOut();

		// A consultant reads the published edition.
		signIn(consultant);
		CasebookPage read = new HomePage(this.driver).navigate("Casusboekje", CasebookPage::new);
		read = read.follow(editionTitle);
		read.awaitText(firstTitle);
		assertThat(read.mainText()).contains(secondTitle, "Totalen");
		assertThat(read.hasButton("Intrekken")).isFalse();
		read.screenshot("casebook-consultant-reads");
	}

	private String pdfText(String href) throws Exception {
		return Pdfs.text(Browser.downloadPdf(this.driver, href));
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
