package nl.omgekeerdetoets.browser;

import java.net.URI;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Predicate;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every page object shares: it waits, on construction, until the browser shows its
 * page, and offers what a user does on any page in the terms of the page. Waits are
 * explicit only: a click or key press returns before the next page has loaded, so a page
 * object is only made once the condition that identifies its page holds.
 */
abstract class Page {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	protected final WebDriver driver;

	/**
	 * Waits until the browser is on this page.
	 * @param name the page, for the message when it does not appear
	 * @param onPage what identifies the page
	 */
	protected Page(WebDriver driver, String name, Predicate<WebDriver> onPage) {
		this.driver = driver;
		await("the " + name + " page", onPage);
	}

	/** The browser is at a path matching this expression, whatever the query. */
	static Predicate<WebDriver> at(String pathPattern) {
		return (d) -> URI.create(d.getCurrentUrl()).getPath().matches(pathPattern);
	}

	/** The page holds an element found by this selector. */
	static Predicate<WebDriver> has(By selector) {
		return (d) -> !d.findElements(selector).isEmpty();
	}

	/**
	 * Waits until the condition holds; reading at once could read the page before. An
	 * element of the page before that is gone when the condition reads it (the next page
	 * arrived in between) means: not yet.
	 */
	final void await(String description, Predicate<WebDriver> condition) {
		new WebDriverWait(this.driver, TIMEOUT).ignoring(StaleElementReferenceException.class)
			.ignoring(NoSuchElementException.class)
			.withMessage(() -> "waiting for " + description + " at " + this.driver.getCurrentUrl())
			.until((d) -> {
				try {
					return condition.test(d);
				}
				catch (WebDriverException gone) {
					if (isGoneWithItsDocument(gone)) {
						return false;
					}
					throw gone;
				}
			});
	}

	/**
	 * Whether the driver refused an element because its document was replaced: Chromium
	 * says so in a general error rather than as a stale element when the next page
	 * arrives between finding the element and using it.
	 */
	static boolean isGoneWithItsDocument(WebDriverException error) {
		return !(error instanceof StaleElementReferenceException)
				&& String.valueOf(error.getMessage()).contains("does not belong to the document");
	}

	/** Waits for a heading that is exactly this text. */
	final void awaitHeading(String expected) {
		await("heading " + expected, (d) -> d.findElement(By.tagName("h1")).getText().equals(expected));
	}

	/** Waits for a heading that starts with this text, and returns the whole heading. */
	final String awaitHeadingStartingWith(String start) {
		await("heading starting with " + start, (d) -> d.findElement(By.tagName("h1")).getText().startsWith(start));
		return heading();
	}

	final String heading() {
		return this.driver.findElement(By.tagName("h1")).getText();
	}

	/** Waits until the main part of the page contains this text. */
	final void awaitText(String text) {
		await("text " + text, (d) -> d.findElement(By.id("main")).getText().contains(text));
	}

	final String mainText() {
		return this.driver.findElement(By.id("main")).getText();
	}

	/** Waits for the confirmation of a save, and returns it. */
	final String awaitStatus() {
		await("a confirmation", has(By.cssSelector(".alert-success")));
		return this.driver.findElement(By.cssSelector(".alert-success")).getText();
	}

	/** Waits for the summary of what is wrong with a form, and returns it. */
	final String awaitErrorSummary() {
		await("an error summary", has(By.id("error-summary")));
		return this.driver.findElement(By.id("error-summary")).getText();
	}

	final void type(String id, String text) {
		WebElement field = this.driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	final String value(String id) {
		return this.driver.findElement(By.id(id)).getAttribute("value");
	}

	/** Checks a box or radio button by keyboard, as many users work. */
	final void check(String id) {
		WebElement box = this.driver.findElement(By.id(id));
		if (!box.isSelected()) {
			box.sendKeys(Keys.SPACE);
		}
	}

	/** Checks the box whose label starts with this text. */
	final void checkLabelled(String labelText) {
		WebElement label = this.driver
			.findElement(By.xpath("//label[starts-with(normalize-space(), \"" + labelText + "\")]"));
		check(label.getAttribute("for"));
	}

	final void choose(String id, String visibleText) {
		new Select(this.driver.findElement(By.id(id))).selectByVisibleText(visibleText);
	}

	/** Date inputs take their value in ISO form whatever the browser's language. */
	final void date(String id, String isoDate) {
		((JavascriptExecutor) this.driver).executeScript("document.getElementById(arguments[0]).value = arguments[1]",
				id, isoDate);
	}

	/** Presses the visible button in the main part of the page with this text. */
	final void press(String buttonText) {
		WebElement button = this.driver.findElement(By.xpath("//main//button[normalize-space()=\"" + buttonText
				+ "\" and not(contains(@class, 'visually-hidden'))]"));
		try {
			button.sendKeys(Keys.ENTER);
		}
		catch (WebDriverException navigated) {
			// Enter submits the form. When the next page arrives before Chromium has
			// delivered the whole key press (a fast save), the driver finds the button's
			// document gone; the caller's next wait checks what the press did.
			if (!(navigated instanceof StaleElementReferenceException) && !isGoneWithItsDocument(navigated)) {
				throw navigated;
			}
		}
	}

	/** Whether the main part of the page shows a button or link with this text. */
	final boolean hasButton(String text) {
		return !this.driver.findElements(By.xpath("//main//*[normalize-space()=\"" + text + "\"]")).isEmpty();
	}

	/** Follows the link in the main navigation with this text to the page it leads to. */
	final <P extends Page> P navigate(String navigationText, Function<WebDriver, P> page) {
		this.driver.findElement(By.cssSelector(".app-nav")).findElement(By.partialLinkText(navigationText)).click();
		return page.apply(this.driver);
	}

	/** Where the link in the page's main part with this text leads. */
	final String linkHref(String linkText) {
		return this.driver.findElement(By.tagName("main")).findElement(By.linkText(linkText)).getAttribute("href");
	}

	final LoginPage logOut() {
		this.driver.findElement(By.cssSelector(".app-user form button")).click();
		return new LoginPage(this.driver);
	}

	/** Keeps a picture of the page in target/screenshots. */
	final void screenshot(String name) {
		Browser.screenshot(this.driver, name);
	}

}
