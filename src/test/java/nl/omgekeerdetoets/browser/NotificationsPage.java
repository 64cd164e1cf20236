package nl.omgekeerdetoets.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** A consultant's notifications: what happened to their cases. */
final class NotificationsPage extends Page {

	NotificationsPage(WebDriver driver) {
		super(driver, "notifications", at("/notifications").and(has(By.tagName("h1"))));
	}

	/** Follows the notification whose link holds this text to its case. */
	CasePage open(String linkText) {
		this.driver.findElement(By.id("main")).findElement(By.partialLinkText(linkText)).click();
		return new CasePage(this.driver);
	}

}
