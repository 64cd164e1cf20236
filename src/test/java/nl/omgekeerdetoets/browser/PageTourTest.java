package nl.omgekeerdetoets.browser;

import java.net.URI;
import java.util.List;

import nl.omgekeerdetoets.cases.CaseSummary;
import nl.omgekeerdetoets.cases.CaseFixtures;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.support.TestFixtures.TestAccount;
import nl.omgekeerdetoets.teams.Role;
import nl.omgekeerdetoets.support.TestFixtures.TestTeam;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page each role reaches from the navigation renders in a real browser, in both
 * languages, without an error page; the screenshots in target/screenshots show how they
 * look.
 */
@BrowserTest
class PageTourTest {

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

	@ParameterizedTest
	@ValueSource(strings = { "nl", "en" })
	void everyRoleSeesItsPagesWithoutAnError(String language) {
		TestTeam team = this.fixtures.team(true);
		TestAccount consultant = this.fixtures.account(Role.CONSULTANT, team);
		TestAccount lead = this.fixtures.account(Role.TEAM_LEAD, team);
		TestAccount admin = this.fixtures.account(Role.ADMIN);
		CaseSummary inReview = this.caseFixtures.submitted(this.fixtures.signedIn(consultant));
		this.driver = Browser.start(language);

		tour(consultant, language, "consultant", List.of("/", "/cases", "/cases/team", "/cases/new",
				"/cases/" + inReview.id(), "/notifications", "/team/compliments", "/exemplary", "/account/password"));
		tour(lead, language, "lead", List.of("/", "/review", "/review/cases/" + inReview.id(), "/cases/team",
				"/team/compliments", "/exemplary"));
		tour(admin, language, "admin",
				List.of("/", "/admin/teams", "/admin/accounts", "/admin/laws", "/admin/history", "/admin/teams/new"));
	}

	private void tour(TestAccount account, String language, String role, List<String> paths) {
		this.driver.manage().deleteAllCookies();
		this.driver.get(baseUrl() + "/login?lang=" + language);
		new LoginPage(this.driver).signIn(account.getUsername(), TestFixtures.PASSWORD);
		// Pages load fully before get() returns, so each page is read at once.
		for (String path : paths) {
			this.driver.get(baseUrl() + path + (path.contains("?") ? "&" : "?") + "lang=" + language);
			assertThat(URI.create(this.driver.getCurrentUrl()).getPath()).as("where %s leads", path).isEqualTo(path);
			assertThat(this.driver.findElements(By.cssSelector(".error-code"))).as("error page at %s", path).isEmpty();
			assertThat(this.driver.findElement(By.tagName("h1")).getText()).as("heading at %s", path).isNotBlank();
			assertThat(this.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
			String name = (path.equals("/") ? "home" : path.substring(1).replaceAll("[^a-z0-9]+", "-"));
			Browser.screenshot(this.driver, "tour-" + role + "-" + name + "-" + language);
		}
	}

	private String baseUrl() {
		return "http://localhost:" + this.port;
	}

}
