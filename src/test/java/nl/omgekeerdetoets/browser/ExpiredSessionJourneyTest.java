package nl.omgekeerdetoets.browser;

import nl.omgekeerdetoets.cases.CaseFixtures;
import nl.omgekeerdetoets.cases.CaseSummary;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.support.TestFixtures.TestAccount;
import nl.omgekeerdetoets.teams.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16: a consultant's session expires while they type in a step. The autosave cannot
 * save any more and says so; saving with the button leads to the login page, and after
 * logging in again, in the same tab or another, the step offers the typed text back. Once
 * saved, the browser keeps no copy.
 */
@BrowserTest
class ExpiredSessionJourneyTest {

	private static final String STEP_3 = "Stap 3: Ethiek en normen";

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	CaseFixtures cases;

	@Autowired
	JdbcClient jdbc;

	WebDriver driver;

	TestAccount consultant;

	CaseSummary caseFile;

	@BeforeEach
	void openACase() {
		this.consultant = this.fixtures.account(Role.CONSULTANT, this.fixtures.team());
		this.caseFile = this.cases.opened(this.fixtures.signedIn(this.consultant));
	}

	@AfterEach
	void closeBrowser() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Test
	void typedTextSurvivesAnExpiredSessionInTheSameTab() {
		CaseStepPage step = typeIntoAnExpiredSession("Iemand die met haar meegaat naar de markt");

		LoginPage login = step.saveAfterExpiry("Concept opslaan");
		assertThat(login.notice()).contains("Uw sessie is verlopen").contains("Daarna komt u terug bij de stap");
		login.screenshot("session-expired-login");
		step = login.signInAndResume(this.consultant.getUsername(), TestFixtures.PASSWORD, STEP_3);
		step.screenshot("session-expired-restore-offer");

		step.restoreUnsavedText("Tekst terugzetten");
		assertThat(step.value("realNeed")).isEqualTo("Iemand die met haar meegaat naar de markt");
		assertThat(step.saveDraft("Concept opslaan")).isNotBlank();
		assertSavedAndForgottenByTheBrowser("Iemand die met haar meegaat naar de markt");
	}

	@Test
	void typedTextSurvivesAnExpiredSessionInAnotherTab() {
		typeIntoAnExpiredSession("Vervoer op dinsdag en vrijdag");

		this.driver.switchTo().newWindow(WindowType.TAB);
		LoginPage.open(this.driver, baseUrl()).signIn(this.consultant.getUsername(), TestFixtures.PASSWORD);
		CaseStepPage step = CaseStepPage.open(this.driver, baseUrl(), this.caseFile.id(), "ethics", STEP_3);
		step.restoreUnsavedText("Tekst terugzetten");
		assertThat(step.value("realNeed")).isEqualTo("Vervoer op dinsdag en vrijdag");
		step.saveDraft("Concept opslaan");
		assertSavedAndForgottenByTheBrowser("Vervoer op dinsdag en vrijdag");
	}

	/**
	 * Signs in, opens step 3, lets the session end on the server (as the timeout would)
	 * and types: the autosave a few seconds later fails and says why.
	 */
	private CaseStepPage typeIntoAnExpiredSession(String text) {
		this.driver = Browser.start("nl");
		LoginPage.open(this.driver, baseUrl()).signIn(this.consultant.getUsername(), TestFixtures.PASSWORD);
		CaseStepPage step = CaseStepPage.open(this.driver, baseUrl(), this.caseFile.id(), "ethics", STEP_3);
		this.jdbc.sql("delete from spring_session where principal_name = ?")
			.param(this.consultant.getUsername())
			.update();
		step.type("realNeed", text);
		assertThat(step.awaitAutosaveStatus("Uw sessie is verlopen")).contains("in deze browser bewaard");
		return step;
	}

	private void assertSavedAndForgottenByTheBrowser(String text) {
		assertThat(this.jdbc.sql("select real_need from case_file where id = ?")
			.param(this.caseFile.id())
			.query(String.class)
			.single()).isEqualTo(text);
		Object drafts = ((JavascriptExecutor) this.driver).executeScript(
				"return Object.keys(window.localStorage).filter(function (k) { return k.indexOf('ot-draft-') === 0; }).length");
		assertThat(drafts).isEqualTo(0L);
		CaseStepPage again = CaseStepPage.open(this.driver, baseUrl(), this.caseFile.id(), "ethics", STEP_3);
		assertThat(again.offersUnsavedText()).isFalse();
	}

	private String baseUrl() {
		return "http://localhost:" + this.port;
	}

}
