package nl.omgekeerdetoets.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The admin's form for a new account, and the same form for an existing one, where a
 * saved account is shown.
 */
final class AccountFormPage extends Page {

	AccountFormPage(WebDriver driver) {
		this(driver, "/admin/accounts/(new|\\d+)");
	}

	private AccountFormPage(WebDriver driver, String pathPattern) {
		super(driver, "account form", at(pathPattern).and(has(By.id("displayName"))));
	}

	/**
	 * Fills in a new account by keyboard, the team chosen through its label, and saves
	 * it: the saved account's own page follows.
	 */
	AccountFormPage create(String username, String name, String roleId, String teamName, String password) {
		this.driver.findElement(By.id("username")).sendKeys(username);
		this.driver.findElement(By.id("displayName")).sendKeys(name);
		this.driver.findElement(By.id(roleId)).sendKeys(Keys.SPACE);
		WebElement label = this.driver.findElement(By.xpath("//label[normalize-space()='" + teamName + "']"));
		this.driver.findElement(By.id(label.getAttribute("for"))).sendKeys(Keys.SPACE);
		this.driver.findElement(By.id("password")).sendKeys(password);
		this.driver.findElement(By.cssSelector("#main form[method=post] button[type=submit]")).sendKeys(Keys.ENTER);
		return new AccountFormPage(this.driver, "/admin/accounts/\\d+");
	}

}
