package nl.omgekeerdetoets.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Page objects: what a user does on each page, in the terms of the page, so journeys read
 * like the user's steps.
 */
final class Pages {

	private Pages() {
	}

	record LoginPage(WebDriver driver) {

		static LoginPage open(WebDriver driver, String baseUrl) {
			driver.get(baseUrl + "/login");
			return new LoginPage(driver);
		}

		LoginPage switchLanguage(String code) {
			this.driver.findElement(By.cssSelector(".language-switch a[hreflang='" + code + "']")).click();
			return this;
		}

		String awaitHeading(String expected) {
			Browser.await(this.driver, "heading " + expected,
					(d) -> d.findElement(By.tagName("h1")).getText().equals(expected));
			return expected;
		}

		void signIn(String username, String password) {
			this.driver.findElement(By.id("username")).sendKeys(username);
			this.driver.findElement(By.id("password")).sendKeys(password);
			this.driver.findElement(By.cssSelector("form button[type=submit]")).click();
		}

	}

	record Layout(WebDriver driver) {

		void goTo(String navigationText) {
			this.driver.findElement(By.cssSelector(".app-nav")).findElement(By.partialLinkText(navigationText)).click();
		}

		void logOut() {
			this.driver.findElement(By.cssSelector(".app-user form button")).click();
		}

		/**
		 * Waits for a page whose heading starts with this text, and returns the heading.
		 */
		String awaitHeading(String start) {
			Browser.await(this.driver, "heading starting with " + start,
					(d) -> d.findElement(By.tagName("h1")).getText().startsWith(start));
			return this.driver.findElement(By.tagName("h1")).getText();
		}

		String mainText() {
			return this.driver.findElement(By.id("main")).getText();
		}

		/** Waits for the confirmation of a save, and returns it. */
		String awaitStatus() {
			Browser.await(this.driver, "a confirmation",
					(d) -> !d.findElements(By.cssSelector(".alert-success")).isEmpty());
			return this.driver.findElement(By.cssSelector(".alert-success")).getText();
		}

		void clickPrimary() {
			this.driver.findElement(By.cssSelector("#main .btn-primary")).click();
		}

	}

	record TeamForm(WebDriver driver) {

		void create(String name) {
			WebElement field = this.driver.findElement(By.id("name"));
			field.clear();
			field.sendKeys(name);
			this.driver.findElement(By.cssSelector("#main form[method=post] button[type=submit]")).sendKeys(Keys.ENTER);
		}

	}

	record AccountForm(WebDriver driver) {

		void create(String username, String name, String roleId, String teamName, String password) {
			this.driver.findElement(By.id("username")).sendKeys(username);
			this.driver.findElement(By.id("displayName")).sendKeys(name);
			this.driver.findElement(By.id(roleId)).sendKeys(Keys.SPACE);
			// By keyboard, as many users work: find the checkbox through its label.
			WebElement label = this.driver.findElement(By.xpath("//label[normalize-space()='" + teamName + "']"));
			this.driver.findElement(By.id(label.getAttribute("for"))).sendKeys(Keys.SPACE);
			this.driver.findElement(By.id("password")).sendKeys(password);
			this.driver.findElement(By.cssSelector("#main form[method=post] button[type=submit]")).sendKeys(Keys.ENTER);
		}

	}

	static void select(WebDriver driver, String id, String visibleText) {
		new Select(driver.findElement(By.id(id))).selectByVisibleText(visibleText);
	}

}
