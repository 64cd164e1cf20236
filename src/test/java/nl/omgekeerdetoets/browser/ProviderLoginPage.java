package nl.omgekeerdetoets.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The identity provider's own login form (the test's Spring Authorization Server), where
 * the app sends someone who chose to sign in with their organisation's account.
 */
final class ProviderLoginPage extends Page {

	ProviderLoginPage(WebDriver driver, String issuer) {
		super(driver, "provider's login", startingWith(issuer + "/login").and(has(By.id("username"))));
	}

	private static java.util.function.Predicate<WebDriver> startingWith(String url) {
		return (d) -> d.getCurrentUrl().startsWith(url);
	}

	/** Signs in at the provider, which sends the browser back to the app. */
	void signIn(String username, String password) {
		this.driver.findElement(By.id("username")).sendKeys(username);
		this.driver.findElement(By.id("password")).sendKeys(password);
		this.driver.findElement(By.cssSelector("button[type=submit]")).click();
	}

}
