package nl.omgekeerdetoets.browser;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import nl.omgekeerdetoets.support.SingleSignOnTest;
import nl.omgekeerdetoets.support.SsoProvider;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.support.TestFixtures.TestAccount;
import nl.omgekeerdetoets.support.TestFixtures.TestTeam;
import nl.omgekeerdetoets.teams.AccountService;
import nl.omgekeerdetoets.teams.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: signing in through the organisation's OpenID Connect provider, in a real
 * browser against a real provider (Spring Authorization Server, started by the test): the
 * code flow with PKCE, the account found by the subject the admin set on it, the logout
 * that ends the provider's session too, and the clear page for someone the app does not
 * let in, in Dutch and in English.
 */
@SingleSignOnTest
class SingleSignOnJourneyTest {

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	AccountService accounts;

	SsoProvider provider = SsoProvider.get();

	WebDriver driver;

	@BeforeEach
	void letTheProviderSendUsBack() {
		this.provider.allowPostLogoutRedirect(baseUrl() + "/login?logout");
	}

	@AfterEach
	void closeBrowser() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Test
	void aConsultantSignsInWithTheOrganisationAccountAndLogsOutAtTheProviderToo() {
		TestTeam team = this.fixtures.team();
		String subject = TestFixtures.unique("jdevries");
		TestAccount consultant = this.fixtures.accountAt(subject, Role.CONSULTANT, team);
		this.provider.addPerson(subject, SsoProvider.claims("Jet de Vries", subject + "@gemeente.example"));
		this.driver = Browser.start("nl");

		LoginPage login = LoginPage.open(this.driver, baseUrl());
		List<String> problems = accessibilityProblems("login-sso-nl");
		login.signInWithOrganisationAccount("Inloggen met Gemeente-account", this.provider.issuer())
			.signIn(subject, SsoProvider.PASSWORD);

		// Back in the app as the account the admin keeps: its name and role, not the
		// provider's.
		HomePage home = new HomePage(this.driver);
		assertThat(home.awaitHeadingStartingWith("Welkom")).isEqualTo("Welkom, " + consultant.getDisplayName());
		assertThat(this.driver.findElement(By.cssSelector(".app-user")).getText()).contains("Consulent");
		assertThat(home.mainText()).contains("U werkt in team " + team.getName() + ".");
		// Someone who signed in at the provider has no password of the app to change.
		assertThat(this.driver.findElements(By.cssSelector(".app-user a[href='/account/password']"))).isEmpty();
		home.screenshot("sso-home-nl");

		// Logging out ends the provider's session as well: the provider sends the browser
		// back to the login page, and the next sign-in asks for the password there again.
		LoginPage loggedOut = home.logOut();
		loggedOut.await("the logged-out notice", (d) -> URI.create(d.getCurrentUrl()).getQuery() != null
				&& URI.create(d.getCurrentUrl()).getQuery().contains("logout"));
		assertThat(this.driver.getCurrentUrl()).startsWith(baseUrl() + "/login");
		assertThat(loggedOut.notice()).isEqualTo("U bent uitgelogd.");
		loggedOut.signInWithOrganisationAccount("Inloggen met Gemeente-account", this.provider.issuer())
			.signIn(subject, SsoProvider.PASSWORD);
		new HomePage(this.driver).awaitHeadingStartingWith("Welkom");
		assertThat(problems).isEmpty();
	}

	@Test
	void someoneWithoutAnAccountIsRefusedWithAClearPageInDutch() {
		String subject = TestFixtures.unique("onbekend");
		this.provider.addPerson(subject, SsoProvider.claims("Onbekende Medewerker", subject + "@gemeente.example"));
		this.driver = Browser.start("nl");

		LoginPage.open(this.driver, baseUrl())
			.signInWithOrganisationAccount("Inloggen met Gemeente-account", this.provider.issuer())
			.signIn(subject, SsoProvider.PASSWORD);

		RefusedSignInPage refused = new RefusedSignInPage(this.driver);
		assertThat(refused.heading()).isEqualTo("U hebt hier nog geen account");
		assertThat(refused.explanation()).isEqualTo(
				"Deze applicatie kent geen account voor u. Vraag de functioneel beheerder om een account voor u aan te maken.");
		// Nobody is signed in: the next page asks to log in.
		assertThat(this.driver.findElements(By.cssSelector(".app-nav"))).isEmpty();
		List<String> problems = accessibilityProblems("sso-refused-unknown-nl");
		this.driver.get(baseUrl() + "/cases");
		new LoginPage(this.driver);
		assertThat(problems).isEmpty();
	}

	@Test
	void someoneWithoutAnAccountIsRefusedWithAClearPageInEnglish() {
		String subject = TestFixtures.unique("unknown");
		this.provider.addPerson(subject, SsoProvider.claims("Unknown Worker", subject + "@gemeente.example"));
		this.driver = Browser.start("en");

		LoginPage login = LoginPage.open(this.driver, baseUrl());
		List<String> problems = accessibilityProblems("login-sso-en");
		login.signInWithOrganisationAccount("Log in with Gemeente-account", this.provider.issuer())
			.signIn(subject, SsoProvider.PASSWORD);

		RefusedSignInPage refused = new RefusedSignInPage(this.driver);
		assertThat(refused.heading()).isEqualTo("You do not have an account here yet");
		assertThat(refused.explanation()).isEqualTo(
				"This application has no account for you. Ask the functional administrator to create one for you.");
		problems.addAll(accessibilityProblems("sso-refused-unknown-en"));
		assertThat(problems).isEmpty();
	}

	@Test
	void aDeactivatedAccountIsRefused() {
		TestTeam team = this.fixtures.team();
		String subject = TestFixtures.unique("vertrokken");
		TestAccount consultant = this.fixtures.accountAt(subject, Role.CONSULTANT, team);
		TestAccount admin = this.fixtures.account(Role.ADMIN);
		this.accounts.deactivate(consultant.getId(), admin.getId());
		this.provider.addPerson(subject, SsoProvider.claims("Vertrokken Collega", subject + "@gemeente.example"));
		this.driver = Browser.start("nl");

		LoginPage.open(this.driver, baseUrl())
			.signInWithOrganisationAccount("Inloggen met Gemeente-account", this.provider.issuer())
			.signIn(subject, SsoProvider.PASSWORD);

		RefusedSignInPage refused = new RefusedSignInPage(this.driver);
		assertThat(refused.heading()).isEqualTo("Uw account is gedeactiveerd");
		assertThat(this.driver.findElements(By.cssSelector(".app-nav"))).isEmpty();
	}

	private List<String> accessibilityProblems(String screenshot) {
		List<String> problems = new ArrayList<>(Accessibility.violations(this.driver));
		problems.addAll(Accessibility.nonTextContrast(this.driver));
		String overflow = Accessibility.overflowAt320(this.driver);
		if (!overflow.isEmpty()) {
			problems.add(overflow);
		}
		Browser.screenshot(this.driver, screenshot);
		return problems;
	}

	/**
	 * The app at the loopback address, which the provider accepts on any port; the
	 * provider is at localhost.
	 */
	private String baseUrl() {
		return "http://127.0.0.1:" + this.port;
	}

}
