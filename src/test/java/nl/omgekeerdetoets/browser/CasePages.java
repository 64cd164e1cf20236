package nl.omgekeerdetoets.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The case wizard as a consultant uses it: fields found by their labels' ids, buttons
 * pressed by keyboard.
 */
record CasePages(WebDriver driver) {

	void type(String id, String text) {
		WebElement field = this.driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	void check(String id) {
		WebElement box = this.driver.findElement(By.id(id));
		if (!box.isSelected()) {
			box.sendKeys(Keys.SPACE);
		}
	}

	void checkLabelled(String labelText) {
		WebElement label = this.driver
			.findElement(By.xpath("//label[starts-with(normalize-space(), \"" + labelText + "\")]"));
		check(label.getAttribute("for"));
	}

	void choose(String id, String visibleText) {
		new Select(this.driver.findElement(By.id(id))).selectByVisibleText(visibleText);
	}

	/** Date inputs take their value in ISO form whatever the browser's language. */
	void date(String id, String isoDate) {
		((JavascriptExecutor) this.driver).executeScript("document.getElementById(arguments[0]).value = arguments[1]",
				id, isoDate);
	}

	void press(String buttonText) {
		this.driver.findElement(By.xpath("//main//button[normalize-space()=\"" + buttonText
				+ "\" and not(contains(@class, 'visually-hidden'))]"))
			.sendKeys(Keys.ENTER);
	}

	void awaitHeading(String expected) {
		Browser.await(this.driver, "heading " + expected,
				(d) -> d.findElement(By.tagName("h1")).getText().equals(expected));
	}

	String awaitErrorSummary() {
		Browser.await(this.driver, "an error summary", (d) -> !d.findElements(By.id("error-summary")).isEmpty());
		return this.driver.findElement(By.id("error-summary")).getText();
	}

	/** Waits until the main part of the page contains this text. */
	void awaitText(String text) {
		Browser.await(this.driver, "text " + text, (d) -> d.findElement(By.id("main")).getText().contains(text));
	}

	String main() {
		return this.driver.findElement(By.id("main")).getText();
	}

	boolean hasButton(String text) {
		return !this.driver.findElements(By.xpath("//main//*[normalize-space()=\"" + text + "\"]")).isEmpty();
	}

}
