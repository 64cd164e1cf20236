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
		TestAccount admin = this.fixtures.account(Role.ADMIN);
		String team = TestFixtures.unique("Wmo Zuid");
		String consultant = TestFixtures.unique("nieuwe-consulent");

		LoginPage login = LoginPage.open(this.driver, baseUrl());
		login.awaitHeading("Inloggen");
		HomePage home = login.signIn(admin.getUsername(), TestFixtures.PASSWORD);
		home.awaitHeadingStartingWith("Welkom");

		TeamListPage teams = home.navigate("Teams", TeamListPage::new).newTeam().create(team);
		assertThat(teams.awaitStatus()).isEqualTo("Team " + team + " is opgeslagen.");
		teams.screenshot("admin-teams-nl");

		AccountFormPage account = teams.navigate("Accounts", AccountListPage::new)
			.newAccount()
			.create(consultant, "Noor de Vries", "role", team, "een heel lang wachtwoord");
		assertThat(account.awaitStatus()).isEqualTo("Account van Noor de Vries is aangemaakt.");
		account.screenshot("admin-account-nl");
		account.logOut();

		HomePage consultantHome = LoginPage.open(this.driver, baseUrl()).signIn(consultant, "een heel lang wachtwoord");
		assertThat(consultantHome.awaitHeadingStartingWith("Welkom, ")).isEqualTo("Welkom, Noor de Vries");
		assertThat(consultantHome.mainText()).contains("U werkt in team " + team + ".");
		consultantHome.screenshot("consultant-home-nl");
	}

	@Test
	void theSameJourneyInEnglish() {
		this.driver = Browser.start("nl");
		TestAccount admin = this.fixtures.account(Role.ADMIN);
		String team = TestFixtures.unique("Youth East");
		String consultant = TestFixtures.unique("new-consultant");

		LoginPage login = LoginPage.open(this.driver, baseUrl()).switchLanguage("en");
		login.awaitHeading("Log in");
		HomePage home = login.signIn(admin.getUsername(), TestFixtures.PASSWORD);
		home.awaitHeadingStartingWith("Welcome");

		TeamListPage teams = home.navigate("Teams", TeamListPage::new).newTeam().create(team);
		assertThat(teams.awaitStatus()).isEqualTo("Team " + team + " has been saved.");

		AccountFormPage account = teams.navigate("Accounts", AccountListPage::new)
			.newAccount()
			.create(consultant, "Sam Jansen", "role", team, "a rather long password");
		assertThat(account.awaitStatus()).isEqualTo("The account for Sam Jansen has been created.");
		account.logOut();

		HomePage consultantHome = LoginPage.open(this.driver, baseUrl()).signIn(consultant, "a rather long password");
		assertThat(consultantHome.awaitHeadingStartingWith("Welcome, ")).isEqualTo("Welcome, Sam Jansen");
		assertThat(consultantHome.mainText()).contains("You work in team " + team + ".");
		consultantHome.screenshot("consultant-home-en");
	}

	private String baseUrl() {
		return "http://localhost:" + this.port;
	}

}
