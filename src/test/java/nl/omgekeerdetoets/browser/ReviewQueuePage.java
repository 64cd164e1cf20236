package nl.omgekeerdetoets.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The team lead's queue of cases waiting for review. */
final class ReviewQueuePage extends Page {

	ReviewQueuePage(WebDriver driver) {
		super(driver, "review queue", at("/review").and(has(By.tagName("h1"))));
	}

	/** Opens the case with this reference from the queue. */
	ReviewPage review(String reference) {
		this.driver.findElement(By.id("main")).findElement(By.linkText(reference)).click();
		return new ReviewPage(this.driver);
	}

}
