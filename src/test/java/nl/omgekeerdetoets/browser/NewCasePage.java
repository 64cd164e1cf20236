package nl.omgekeerdetoets.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Opening a case: the intake form. Sent with a mistake, the same page comes back with an
 * error summary; sent right, the first step follows.
 */
final class NewCasePage extends Page {

	NewCasePage(WebDriver driver) {
		super(driver, "new case", at("/cases/new").and(has(By.cssSelector("form[action$='/cases/new']"))));
	}

	/** Presses the button that opens the case, and arrives at the first step. */
	CaseStepPage openCase(String buttonText, String firstStepHeading) {
		press(buttonText);
		return new CaseStepPage(this.driver, firstStepHeading);
	}

}
