package nl.omgekeerdetoets.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The login page, where every journey starts. */
final class LoginPage extends Page {

	LoginPage(WebDriver driver) {
		super(driver, "login", at("/login").and(has(By.id("username"))));
	}

	static LoginPage open(WebDriver driver, String baseUrl) {
		driver.get(baseUrl + "/login");
		return new LoginPage(driver);
	}

	/** Switches the page to the other language with the language links. */
	LoginPage switchLanguage(String code) {
		this.driver.findElement(By.cssSelector(".language-switch a[hreflang='" + code + "']")).click();
		await("the page in language " + code,
				(d) -> code.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
		return new LoginPage(this.driver);
	}

	/** Signs in, and arrives at the start page. */
	HomePage signIn(String username, String password) {
		submit(username, password);
		return new HomePage(this.driver);
	}

	/**
	 * Signs in again after the session expired while typing, and arrives back at the
	 * step.
	 */
	CaseStepPage signInAndResume(String username, String password, String stepHeading) {
		submit(username, password);
		return new CaseStepPage(this.driver, stepHeading);
	}

	/**
	 * Presses the button that signs in with the organisation's account, and arrives at
	 * the provider's login form.
	 */
	ProviderLoginPage signInWithOrganisationAccount(String buttonText, String issuer) {
		this.driver.findElement(By.linkText(buttonText)).click();
		return new ProviderLoginPage(this.driver, issuer);
	}

	/** What the page says above the form, such as why the user has to sign in again. */
	String notice() {
		return this.driver.findElement(By.cssSelector("main .alert")).getText();
	}

	private void submit(String username, String password) {
		this.driver.findElement(By.id("username")).sendKeys(username);
		this.driver.findElement(By.id("password")).sendKeys(password);
		this.driver.findElement(By.cssSelector("form button[type=submit]")).click();
	}

}
