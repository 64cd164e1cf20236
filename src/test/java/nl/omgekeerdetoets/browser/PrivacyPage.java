package nl.omgekeerdetoets.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The privacy pages: the admin's retention rules, dry run, deletion log and legal holds,
 * and the privacy officer's access log and subject access report.
 */
final class PrivacyPage extends Page {

	PrivacyPage(WebDriver driver) {
		super(driver, "privacy", at("/(admin/retention|holds|privacy).*").and(has(By.tagName("h1"))));
	}

	/** Follows the link in the main part of the page with this text. */
	PrivacyPage follow(String linkText) {
		this.driver.findElement(By.id("main")).findElement(By.linkText(linkText)).sendKeys(Keys.ENTER);
		return new PrivacyPage(this.driver);
	}

	/** The references in the table with this id, in their order. */
	List<String> references(String tableId) {
		return this.driver.findElements(By.cssSelector("#" + tableId + " td.reference"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	/** Presses the filter or search form's button. */
	PrivacyPage search() {
		this.driver.findElement(By.cssSelector("main form[role=search] button[type=submit]")).sendKeys(Keys.ENTER);
		return new PrivacyPage(this.driver);
	}

	String href(String id) {
		return this.driver.findElement(By.id(id)).getAttribute("href");
	}

}
