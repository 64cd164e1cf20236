package nl.omgekeerdetoets.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The page that tells someone the provider signed in why the app does not let them in.
 */
final class RefusedSignInPage extends Page {

	RefusedSignInPage(WebDriver driver) {
		super(driver, "refused sign-in", at("/login/refused").and(has(By.id("refusal"))));
	}

	String explanation() {
		return this.driver.findElement(By.id("refusal")).getText();
	}

}
