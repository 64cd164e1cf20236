package nl.omgekeerdetoets.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** A lead marks an approved case exemplary, e.g. to propose it for the casebook. */
final class ExemplaryPage extends Page {

	ExemplaryPage(WebDriver driver) {
		super(driver, "exemplary", at("/review/cases/\\d+/exemplary").and(has(By.tagName("h1"))));
	}

	static ExemplaryPage open(WebDriver driver, String baseUrl, long caseId) {
		driver.get(baseUrl + "/review/cases/" + caseId + "/exemplary");
		return new ExemplaryPage(driver);
	}

	/**
	 * Proposes the case for the casebook with this title; answers the review page it
	 * returns to.
	 */
	ReviewPage proposeForCasebook(String title) {
		checkLabelled("Voordragen voor het casusboekje");
		type("title", title);
		type("summary", "Een oudere inwoner vroeg een scootmobiel en bleek eenzaam.");
		type("reasoning", "Het effect stond voorop.");
		press("Opslaan en delen");
		return new ReviewPage(this.driver);
	}

}
