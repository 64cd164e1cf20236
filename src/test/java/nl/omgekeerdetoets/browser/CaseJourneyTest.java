package nl.omgekeerdetoets.browser;

import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.support.TestFixtures.TestAccount;
import nl.omgekeerdetoets.teams.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
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
		TestAccount consultant = this.fixtures.account(Role.CONSULTANT, this.fixtures.team());
		HomePage home = LoginPage.open(this.driver, "http://localhost:" + this.port)
			.signIn(consultant.getUsername(), TestFixtures.PASSWORD);

		NewCasePage intake = home.startNewCase("Nieuwe casus");
		intake.type("title", "Boodschappen na heupoperatie");
		intake.type("resident", "123456782");
		intake.check("domains1");
		intake.type("questionAsAsked", "Mevrouw vraagt een scootmobiel.");
		intake.press("Casus openen");
		assertThat(intake.awaitErrorSummary()).contains("Dit lijkt een BSN");
		intake.screenshot("case-new-bsn-refused");
		intake.type("resident", "mevr. K.");

		CaseStepPage step = intake.openCase("Casus openen", "Stap 1: Focus op het effect");
		step.type("effects0.description", "Zelf weer boodschappen doen op de markt");
		step.type("effects0.indicator", "Gaat twee keer per week zelf naar de markt");
		step.type("ownStrength", "Dochter woont om de hoek en helpt op zaterdag");
		step.screenshot("case-step-1");

		step = step.saveAndContinue("Opslaan en naar stap 2", "Stap 2: De bedoeling van de wet");
		step.checkLabelled("Zelfredzaamheid");
		step.check("withinGoals1");
		step.type("standardOutcome", "Een scootmobiel in bruikleen");
		step.type("standardChangesAnything", "Nee: zij durft niet alleen de straat op");
		step.screenshot("case-step-2");

		step = step.saveAndContinue("Opslaan en naar stap 3", "Stap 3: Ethiek en normen");
		step.type("realNeed", "Zekerheid en gezelschap onderweg");
		step.type("observations", "Loopt onzeker met rollator; vertelt dat ze sinds de val niet meer buiten komt");
		step.check("valuesAtStake1");
		step.type("effectsShortTerm", "Weer buiten, eigen regie over boodschappen");
		step.type("effectsLongTerm", "Minder eenzaam, langer thuis wonen");
		step.check("impartial1");

		step = step.saveAndContinue("Opslaan en naar stap 4", "Stap 4: Van randvoorwaarden naar actie");
		step.type("solution", "Een maatje via de buurtvereniging en tien lessen fysiotherapie");
		step.check("solutionKind2");
		step.type("solutionKindReason", "Bouwt zelfvertrouwen op in plaats van een hulpmiddel te geven");
		// First a refusal: the page asks for the call before a refusal letter goes out.
		step.check("decisionKind4");
		step.type("actions0.description", "Maatje zoeken via de buurtvereniging");
		step.type("actions0.owner", "Buurtvereniging De Linde");
		step.date("actions0.dueDate", "2027-01-15");
		step.check("processCoordinationNeeded2");
		step.type("legalGround", "Wmo 2015 art. 2.3.5: maatwerkvoorziening gericht op zelfredzaamheid");
		step.type("proportionalitySuitable", "Ja, zij oefent de weg zelf");
		step.type("proportionalityNecessary", "Ja, alleen lukt het niet");
		step.type("proportionalityBalanced", "Ja, de kosten zijn lager dan een scootmobiel");
		step.choose("costs0.payer", "Gemeente – Wmo 2015");
		step.type("costs0.amountPerYear", "twaalfhonderd");
		step.type("costs0.years", "5");
		step.choose("costs1.payer", "Gemeente – Wmo 2015");
		step.type("costs1.amountPerYear", "450");
		step.type("costs1.years", "1");
		step.date("evaluationDate", "2027-06-01");
		step.press("Concept opslaan");

		assertThat(step.awaitErrorSummary()).contains("Vul een bedrag in euro’s in");
		assertThat(step.value("solution")).isEqualTo("Een maatje via de buurtvereniging en tien lessen fysiotherapie");
		assertThat(step.mainText()).contains("U kiest ‘Afgewezen’. Is de inwoner eerst gebeld");
		step.screenshot("case-step-4-error");
		step.type("costs0.amountPerYear", "1.200,00");
		// On second thought it is maatwerk: different from the question, serving the
		// effect.
		step.check("decisionKind2");

		CasePage casePage = step.saveAndGoToCase("Opslaan en naar het overzicht");
		casePage.awaitText("Maatwerk bespaart");
		assertThat(casePage.mainText()).contains("5.550,00");
		casePage.screenshot("case-page-before-submit");
		casePage.press("Indienen ter beoordeling");

		casePage.awaitText("De casus is ingediend ter beoordeling");
		assertThat(casePage.mainText()).contains("Ter beoordeling");
		assertThat(casePage.hasButton("Bewerken")).isFalse();
		assertThat(casePage.hasButton("Indienen ter beoordeling")).isFalse();
		casePage.screenshot("case-page-submitted");

		// A submitted case's steps lead back to the case page, which says it is
		// read-only.
		this.driver.get("http://localhost:" + this.port + "/cases/" + casePage.caseId() + "/steps/effect");
		new CasePage(this.driver).awaitText("alleen te lezen");
	}

}
