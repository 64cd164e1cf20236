package nl.omgekeerdetoets.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The start page of a signed-in user, different per role. */
final class HomePage extends Page {

	HomePage(WebDriver driver) {
		super(driver, "start", at("/").and(has(By.cssSelector(".app-nav"))).and(has(By.tagName("h1"))));
	}

	/** A consultant opens a new case from the link on their start page. */
	NewCasePage startNewCase(String linkText) {
		this.driver.findElement(By.linkText(linkText)).click();
		return new NewCasePage(this.driver);
	}

}
