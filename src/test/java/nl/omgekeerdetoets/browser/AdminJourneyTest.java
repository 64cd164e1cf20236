package nl.omgekeerdetoets.browser;

import nl.omgekeerdetoets.browser.Pages.AccountForm;
import nl.omgekeerdetoets.browser.Pages.Layout;
import nl.omgekeerdetoets.browser.Pages.LoginPage;
import nl.omgekeerdetoets.browser.Pages.TeamForm;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.teams.Account;
import nl.omgekeerdetoets.teams.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin sets up a team and a consultant, and the consultant starts work: in Dutch, and
 * in English.
 */
@BrowserTest
class AdminJourneyTest {

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
	void adminCreatesTeamAndConsultantWhoThenSeesTheirStartPageInDutch() {
		this.driver = Browser.start("nl");
		Account admin = this.fixtures.account(Role.ADMIN);
		String team = TestFixtures.unique("Wmo Zuid");
		String consultant = TestFixtures.unique("nieuwe-consulent");

		LoginPage login = LoginPage.open(this.driver, baseUrl());
		login.awaitHeading("Inloggen");
		login.signIn(admin.getUsername(), TestFixtures.PASSWORD);

		Layout layout = new Layout(this.driver);
		layout.awaitHeading("Welkom");
		layout.goTo("Teams");
		layout.clickPrimary();
		new TeamForm(this.driver).create(team);
		assertThat(layout.awaitStatus()).isEqualTo("Team " + team + " is opgeslagen.");
		Browser.screenshot(this.driver, "admin-teams-nl");

		layout.goTo("Accounts");
		layout.clickPrimary();
		new AccountForm(this.driver).create(consultant, "Noor de Vries", "role", team, "een heel lang wachtwoord");
		assertThat(layout.awaitStatus()).isEqualTo("Account van Noor de Vries is aangemaakt.");
		Browser.screenshot(this.driver, "admin-account-nl");
		layout.logOut();

		LoginPage.open(this.driver, baseUrl()).signIn(consultant, "een heel lang wachtwoord");
		assertThat(layout.awaitHeading("Welkom, ")).isEqualTo("Welkom, Noor de Vries");
		assertThat(layout.mainText()).contains("U werkt in team " + team + ".");
		Browser.screenshot(this.driver, "consultant-home-nl");
	}

	@Test
	void theSameJourneyInEnglish() {
		this.driver = Browser.start("nl");
		Account admin = this.fixtures.account(Role.ADMIN);
		String team = TestFixtures.unique("Youth East");
		String consultant = TestFixtures.unique("new-consultant");

		LoginPage login = LoginPage.open(this.driver, baseUrl()).switchLanguage("en");
		login.awaitHeading("Log in");
		login.signIn(admin.getUsername(), TestFixtures.PASSWORD);

		Layout layout = new Layout(this.driver);
		layout.awaitHeading("Welcome");
		layout.goTo("Teams");
		layout.clickPrimary();
		new TeamForm(this.driver).create(team);
		assertThat(layout.awaitStatus()).isEqualTo("Team " + team + " has been saved.");

		layout.goTo("Accounts");
		layout.clickPrimary();
		new AccountForm(this.driver).create(consultant, "Sam Jansen", "role", team, "a rather long password");
		assertThat(layout.awaitStatus()).isEqualTo("The account of Sam Jansen has been created.");
		layout.logOut();

		LoginPage.open(this.driver, baseUrl()).signIn(consultant, "a rather long password");
		assertThat(layout.awaitHeading("Welcome, ")).isEqualTo("Welcome, Sam Jansen");
		assertThat(layout.mainText()).contains("You work in team " + team + ".");
		Browser.screenshot(this.driver, "consultant-home-en");
	}

	private String baseUrl() {
		return "http://localhost:" + this.port;
	}

}
