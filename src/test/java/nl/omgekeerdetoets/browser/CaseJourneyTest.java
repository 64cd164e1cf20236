package nl.omgekeerdetoets.browser;

import nl.omgekeerdetoets.browser.Pages.LoginPage;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.teams.Account;
import nl.omgekeerdetoets.teams.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A consultant opens a case, walks it through the four steps (putting a mistake right on
 * the way), submits it and then finds it read-only.
 */
@BrowserTest
class CaseJourneyTest {

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	WebDriver driver;

	@AfterEach
	void closeBrowser() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Test
	void consultantWalksACaseThroughTheFourStepsAndSubmitsIt() {
		this.driver = Browser.start("nl");
		Account consultant = this.fixtures.account(Role.CONSULTANT, this.fixtures.team());
		LoginPage.open(this.driver, "http://localhost:" + this.port)
			.signIn(consultant.getUsername(), TestFixtures.PASSWORD);
		CasePages page = new CasePages(this.driver);

		this.driver.findElement(By.linkText("Nieuwe casus")).click();
		page.type("title", "Boodschappen na heupoperatie");
		page.type("resident", "123456782");
		page.check("domains1");
		page.type("questionAsAsked", "Mevrouw vraagt een scootmobiel.");
		page.press("Casus openen");
		assertThat(page.awaitErrorSummary()).contains("Dit lijkt een BSN");
		Browser.screenshot(this.driver, "case-new-bsn-refused");
		page.type("resident", "mevr. K.");
		page.press("Casus openen");

		page.awaitHeading("Stap 1: Focus op het effect");
		page.type("effects0.description", "Zelf weer boodschappen doen op de markt");
		page.type("effects0.indicator", "Gaat twee keer per week zelf naar de markt");
		page.type("ownStrength", "Dochter woont om de hoek en helpt op zaterdag");
		Browser.screenshot(this.driver, "case-step-1");
		page.press("Opslaan en verder naar De bedoeling van de wet");

		page.awaitHeading("Stap 2: De bedoeling van de wet");
		page.checkLabelled("Zelfredzaamheid");
		page.check("withinGoals1");
		page.type("standardOutcome", "Een scootmobiel in bruikleen");
		page.type("standardChangesAnything", "Nee: zij durft niet alleen de straat op");
		Browser.screenshot(this.driver, "case-step-2");
		page.press("Opslaan en verder naar Ethiek en normen");

		page.awaitHeading("Stap 3: Ethiek en normen");
		page.type("realNeed", "Zekerheid en gezelschap onderweg");
		page.type("observations", "Loopt onzeker met rollator; vertelt dat ze sinds de val niet meer buiten komt");
		page.check("valuesAtStake1");
		page.type("effectsShortTerm", "Weer buiten, eigen regie over boodschappen");
		page.type("effectsLongTerm", "Minder eenzaam, langer thuis wonen");
		page.check("impartial1");
		page.press("Opslaan en verder naar Van randvoorwaarden naar actie");

		page.awaitHeading("Stap 4: Van randvoorwaarden naar actie");
		page.type("solution", "Een maatje via de buurtvereniging en tien lessen fysiotherapie");
		page.check("solutionKind2");
		page.type("solutionKindReason", "Bouwt zelfvertrouwen op in plaats van een hulpmiddel te geven");
		page.type("actions0.description", "Maatje zoeken via de buurtvereniging");
		page.type("actions0.owner", "Buurtvereniging De Linde");
		page.date("actions0.dueDate", "2027-01-15");
		page.check("processCoordinationNeeded2");
		page.type("legalGround", "Wmo 2015 art. 2.3.5: maatwerkvoorziening gericht op zelfredzaamheid");
		page.type("proportionalitySuitable", "Ja, zij oefent de weg zelf");
		page.type("proportionalityNecessary", "Ja, alleen lukt het niet");
		page.type("proportionalityBalanced", "Ja, de kosten zijn lager dan een scootmobiel");
		page.choose("costs0.payer", "Gemeente – Wmo");
		page.type("costs0.amountPerYear", "twaalfhonderd");
		page.type("costs0.years", "5");
		page.choose("costs1.payer", "Gemeente – Wmo");
		page.type("costs1.amountPerYear", "450");
		page.type("costs1.years", "1");
		page.date("evaluationDate", "2027-06-01");
		page.press("Concept opslaan");

		assertThat(page.awaitErrorSummary()).contains("Vul een bedrag in euro’s in");
		assertThat(this.driver.findElement(By.id("solution")).getAttribute("value"))
			.isEqualTo("Een maatje via de buurtvereniging en tien lessen fysiotherapie");
		Browser.screenshot(this.driver, "case-step-4-error");
		page.type("costs0.amountPerYear", "1.200,00");
		page.press("Opslaan en naar het overzicht");

		page.awaitText("Maatwerk bespaart");
		assertThat(page.main()).contains("5.550,00");
		Browser.screenshot(this.driver, "case-page-before-submit");
		page.press("Indienen ter beoordeling");

		page.awaitText("De casus is ingediend ter beoordeling");
		assertThat(page.main()).contains("Ter beoordeling");
		assertThat(page.hasButton("Bewerken")).isFalse();
		assertThat(page.hasButton("Indienen ter beoordeling")).isFalse();
		Browser.screenshot(this.driver, "case-page-submitted");

		this.driver.get("http://localhost:" + this.port
				+ this.driver.getCurrentUrl().substring(this.driver.getCurrentUrl().indexOf("/cases/"))
				+ "/steps/effect");
		page.awaitText("alleen te lezen");
	}

}
