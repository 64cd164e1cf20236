package nl.omgekeerdetoets.teams;

import nl.omgekeerdetoets.support.TestFixtures.TestAccount;
import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.TestFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Logging in through the real login form, with the lock after repeated failures.
 */
@IntegrationTest
class LoginTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	AccountService accounts;

	@Autowired
	LoginLockout lockout;

	@Test
	void rightPasswordSignsIn() {
		TestAccount consultant = this.fixtures.account(Role.CONSULTANT, this.fixtures.team());
		assertThat(login(consultant.getUsername(), TestFixtures.PASSWORD)).hasRedirectedUrl("/");
	}

	@Test
	void loggingInGivesANewSessionId() {
		TestAccount consultant = this.fixtures.account(Role.CONSULTANT, this.fixtures.team());
		MvcTestResult loginPage = this.mvc.perform(get("/login"));
		jakarta.servlet.http.Cookie before = loginPage.getResponse().getCookie("SESSION");
		assertThat(before).isNotNull();
		MvcTestResult loggedIn = this.mvc.perform(post("/login").param("username", consultant.getUsername())
			.param("password", TestFixtures.PASSWORD)
			.with(csrf())
			.cookie(before));
		assertThat(loggedIn).hasRedirectedUrl("/");
		jakarta.servlet.http.Cookie after = loggedIn.getResponse().getCookie("SESSION");
		assertThat(after).isNotNull();
		assertThat(after.getValue()).isNotEqualTo(before.getValue());
	}

	@Test
	void usernameIsNotCaseSensitive() {
		TestAccount consultant = this.fixtures.account(Role.CONSULTANT, this.fixtures.team());
		assertThat(login(consultant.getUsername().toUpperCase(), TestFixtures.PASSWORD)).hasRedirectedUrl("/");
	}

	@Test
	void wrongPasswordAndUnknownAccountGetTheSameAnswer() {
		TestAccount consultant = this.fixtures.account(Role.CONSULTANT, this.fixtures.team());
		assertThat(login(consultant.getUsername(), "wrong-password-here")).hasRedirectedUrl("/login?error");
		assertThat(login("nobody-" + consultant.getUsername(), "wrong-password-here")).hasRedirectedUrl("/login?error");
	}

	@Test
	void withoutAProviderConfiguredTheLoginIsThePasswordFormAsBefore() {
		MvcTestResult page = this.mvc.perform(get("/login").header("Accept-Language", "nl"));
		assertThat(page).hasStatusOk()
			.bodyText()
			.contains("Log in met uw gebruikersnaam en wachtwoord.", "id=\"password\"")
			.doesNotContain("oauth2", "Noodtoegang");
		assertThat(page.getResponse().getHeader("Content-Security-Policy")).contains("form-action 'self';");
		// No provider's sign-in either: the address is a page like any other.
		assertThat(this.mvc.perform(get("/oauth2/authorization/gemeente"))).hasStatus3xxRedirection()
			.hasRedirectedUrl("/login");
	}

	@Test
	void anAccountWithoutPasswordCannotSignInWithOne() {
		String username = TestFixtures.unique("sso-only");
		this.accounts.create(username, "Alleen SSO", null, Role.CONSULTANT,
				java.util.List.of(this.fixtures.team().getId()), null, TestFixtures.unique("subject"));
		assertThat(login(username, "")).hasRedirectedUrl("/login?error");
		assertThat(login(username, "null")).hasRedirectedUrl("/login?error");
	}

	@Test
	void failedLoginPageShowsOneGenericMessage() {
		assertThat(this.mvc.perform(get("/login?error").header("Accept-Language", "nl"))).hasStatusOk()
			.bodyText()
			.contains("Inloggen is niet gelukt.")
			.doesNotContain("bestaat niet");
	}

	@Test
	void fiveFailuresInARowLockTheAccountEvenForTheRightPassword() {
		TestAccount consultant = this.fixtures.account(Role.CONSULTANT, this.fixtures.team());
		for (int attempt = 1; attempt <= 4; attempt++) {
			login(consultant.getUsername(), "wrong-password-" + attempt);
		}
		assertThat(this.lockout.lockedUntil(consultant.getId())).isEmpty();
		login(consultant.getUsername(), "wrong-password-5");
		assertThat(this.lockout.lockedUntil(consultant.getId())).isPresent();
		assertThat(login(consultant.getUsername(), TestFixtures.PASSWORD)).hasRedirectedUrl("/login?error");
	}

	@Test
	void successResetsTheCountOfFailures() {
		TestAccount consultant = this.fixtures.account(Role.CONSULTANT, this.fixtures.team());
		for (int attempt = 1; attempt <= 4; attempt++) {
			login(consultant.getUsername(), "wrong-password-" + attempt);
		}
		assertThat(login(consultant.getUsername(), TestFixtures.PASSWORD)).hasRedirectedUrl("/");
		login(consultant.getUsername(), "wrong-password-again");
		assertThat(this.lockout.lockedUntil(consultant.getId())).isEmpty();
	}

	@Test
	void adminUnlockLetsTheAccountInAgain() {
		TestAccount consultant = this.fixtures.account(Role.CONSULTANT, this.fixtures.team());
		for (int attempt = 1; attempt <= 5; attempt++) {
			login(consultant.getUsername(), "wrong-password-" + attempt);
		}
		assertThat(this.accounts.isLocked(consultant.getId())).isTrue();
		this.accounts.unlock(consultant.getId());
		assertThat(login(consultant.getUsername(), TestFixtures.PASSWORD)).hasRedirectedUrl("/");
	}

	@Test
	void deactivatedAccountCannotSignIn() {
		TestAccount admin = this.fixtures.account(Role.ADMIN);
		TestAccount consultant = this.fixtures.account(Role.CONSULTANT, this.fixtures.team());
		this.accounts.deactivate(consultant.getId(), admin.getId());
		assertThat(login(consultant.getUsername(), TestFixtures.PASSWORD)).hasRedirectedUrl("/login?error");
		this.accounts.reactivate(consultant.getId());
		assertThat(login(consultant.getUsername(), TestFixtures.PASSWORD)).hasRedirectedUrl("/");
	}

	@Test
	void loginPageOffersTheOtherLanguage() {
		assertThat(this.mvc.perform(get("/login").header("Accept-Language", "en-GB,en;q=0.9"))).hasStatusOk()
			.bodyText()
			.contains("Log in with your username and password.")
			.contains("lang=nl");
		assertThat(this.mvc.perform(get("/login?lang=nl").header("Accept-Language", "en"))).bodyText()
			.contains("Log in met uw gebruikersnaam en wachtwoord.");
	}

	private MvcTestResult login(String username, String password) {
		return this.mvc.perform(formLogin("/login").user(username).password(password));
	}

}
