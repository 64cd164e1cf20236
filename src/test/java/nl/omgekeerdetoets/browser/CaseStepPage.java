package nl.omgekeerdetoets.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * One of the four steps of the case wizard, known by its heading: fields found by their
 * ids, buttons pressed by keyboard.
 */
final class CaseStepPage extends Page {

	CaseStepPage(WebDriver driver, String heading) {
		super(driver, "case step \"" + heading + "\"",
				at("/cases/\\d+/steps/[a-z]+").and(has(By.cssSelector("form.step-form")))
					.and((d) -> d.findElement(By.tagName("h1")).getText().equals(heading)));
	}

	static CaseStepPage open(WebDriver driver, String baseUrl, long caseId, String step, String heading) {
		driver.get(baseUrl + "/cases/" + caseId + "/steps/" + step);
		return new CaseStepPage(driver, heading);
	}

	/** Saves with the button that leads to the next step, and arrives there. */
	CaseStepPage saveAndContinue(String buttonText, String nextHeading) {
		press(buttonText);
		return new CaseStepPage(this.driver, nextHeading);
	}

	/** Saves with the button that leads to the case page, and arrives there. */
	CasePage saveAndGoToCase(String buttonText) {
		press(buttonText);
		return new CasePage(this.driver);
	}

}
