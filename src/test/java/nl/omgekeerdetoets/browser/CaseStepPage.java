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

	/**
	 * Saves with the button of a form whose session has expired meanwhile, and arrives at
	 * the login page.
	 */
	LoginPage saveAfterExpiry(String buttonText) {
		press(buttonText);
		return new LoginPage(this.driver);
	}

	/** Waits until the autosave says this, and returns what it says. */
	String awaitAutosaveStatus(String start) {
		By status = By.cssSelector("[data-autosave-status]");
		await("autosave status " + start, (d) -> d.findElement(status).getText().startsWith(start));
		return this.driver.findElement(status).getText();
	}

	/** Waits for the offer to put back text that was not saved, and accepts it. */
	CaseStepPage restoreUnsavedText(String buttonText) {
		await("the offer to restore unsaved text",
				(d) -> d.findElement(By.cssSelector("[data-restore]")).isDisplayed());
		this.driver.findElement(By.xpath("//button[normalize-space()=\"" + buttonText + "\"]")).click();
		return this;
	}

	/** Whether the page offers to put back text that was not saved. */
	boolean offersUnsavedText() {
		return this.driver.findElement(By.cssSelector("[data-restore]")).isDisplayed();
	}

	/**
	 * Saves with the button that keeps the user on this step, and waits for the
	 * confirmation.
	 */
	String saveDraft(String buttonText) {
		// Read before pressing: while the next page loads there is no heading to read.
		String heading = heading();
		press(buttonText);
		return new CaseStepPage(this.driver, heading).awaitStatus();
	}

	/** Saves with the button that leads to the case page, and arrives there. */
	CasePage saveAndGoToCase(String buttonText) {
		press(buttonText);
		return new CasePage(this.driver);
	}

}
