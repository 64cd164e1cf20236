package nl.omgekeerdetoets.browser;

import nl.omgekeerdetoets.cases.CaseFixtures;
import nl.omgekeerdetoets.cases.CaseSummary;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.support.TestFixtures.TestAccount;
import nl.omgekeerdetoets.teams.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A consultant withdraws a case with the keyboard: the disclosure opens, a missing reason
 * is said at the field, and the case closes with the reason shown.
 */
@BrowserTest
class WithdrawJourneyTest {

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
	void consultantWithdrawsACaseTheResidentNoLongerAsksFor() {
		TestAccount consultant = this.fixtures.account(Role.CONSULTANT, this.fixtures.team());
		CaseSummary c = this.caseFixtures.opened(this.fixtures.signedIn(consultant));
		this.driver = Browser.start("nl");
		String baseUrl = "http://localhost:" + this.port;
		LoginPage.open(this.driver, baseUrl)
			.signIn(consultant.getUsername(), TestFixtures.PASSWORD)
			.awaitHeadingStartingWith("Welkom");

		CasePage casePage = CasePage.open(this.driver, baseUrl, c.id());
		this.driver.findElement(By.cssSelector("#withdraw summary")).sendKeys(Keys.ENTER);
		casePage.press("Casus intrekken");
		casePage = new CasePage(this.driver);
		casePage.awaitText("Kies waarom de casus wordt ingetrokken.");
		assertThat(this.driver.findElement(By.id("withdraw")).getAttribute("open")).isNotNull();
		casePage.screenshot("case-withdraw-reason-missing");

		casePage.check("reason1");
		casePage.press("Casus intrekken");
		casePage = new CasePage(this.driver);
		casePage.awaitText("De casus is ingetrokken.");
		assertThat(casePage.mainText()).contains("Ingetrokken op", "De inwoner trekt de vraag in")
			.doesNotContain("Indienen ter beoordeling");
		assertThat(this.driver.findElements(By.id("withdraw"))).isEmpty();
		casePage.screenshot("case-withdrawn");
	}

}
