package nl.omgekeerdetoets.browser;

import java.net.URI;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * A case as its consultant sees it: the four steps, the comments beside them, and
 * submitting for review.
 */
final class CasePage extends Page {

	CasePage(WebDriver driver) {
		super(driver, "case", at("/cases/\\d+").and(has(By.tagName("h1"))));
	}

	static CasePage open(WebDriver driver, String baseUrl, long caseId) {
		driver.get(baseUrl + "/cases/" + caseId);
		return new CasePage(driver);
	}

	long caseId() {
		String path = URI.create(this.driver.getCurrentUrl()).getPath();
		return Long.parseLong(path.substring("/cases/".length()));
	}

	/** Answers the first open comment of the team lead. */
	void answerComment(String answer, String buttonText) {
		type(this.driver.findElement(By.cssSelector("textarea[name=answer]")).getAttribute("id"), answer);
		press(buttonText);
	}

}
