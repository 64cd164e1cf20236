package nl.omgekeerdetoets.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;

/**
 * A case as the team lead reviews it: comments on a step, the decision, and compliments.
 */
final class ReviewPage extends Page {

	ReviewPage(WebDriver driver) {
		super(driver, "review", at("/review/cases/\\d+").and(has(By.tagName("h1"))));
	}

	static ReviewPage open(WebDriver driver, String baseUrl, long caseId) {
		driver.get(baseUrl + "/review/cases/" + caseId);
		return new ReviewPage(driver);
	}

	/**
	 * Places a comment on a step (its slug in capitals, as in the form's ids), about one
	 * of its questions.
	 */
	void comment(String step, String question, String text) {
		type("comment-text-" + step, text);
		choose("comment-field-" + step, question);
		this.driver.findElement(By.cssSelector("#step-" + step.toLowerCase() + " ~ .row form button[type=submit]"))
			.sendKeys(Keys.ENTER);
	}

	/** Decides with the decision's radio button, and a reason where one is asked. */
	void decide(String decisionId, String reason, String buttonText) {
		check(decisionId);
		if (reason != null) {
			type("reason", reason);
		}
		press(buttonText);
	}

	void compliment(String step, String text, String buttonText) {
		choose("compliment-step", step);
		type("compliment-text", text);
		press(buttonText);
	}

}
