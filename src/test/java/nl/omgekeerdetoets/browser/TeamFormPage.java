package nl.omgekeerdetoets.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The admin's form for a new team or a team's settings. */
final class TeamFormPage extends Page {

	TeamFormPage(WebDriver driver) {
		super(driver, "team form", at("/admin/teams/(new|\\d+)").and(has(By.id("name"))));
	}

	/** Saves a new team by keyboard, and is back at the list. */
	TeamListPage create(String name) {
		WebElement field = this.driver.findElement(By.id("name"));
		field.clear();
		field.sendKeys(name);
		this.driver.findElement(By.cssSelector("#main form[method=post] button[type=submit]")).sendKeys(Keys.ENTER);
		return new TeamListPage(this.driver);
	}

}
