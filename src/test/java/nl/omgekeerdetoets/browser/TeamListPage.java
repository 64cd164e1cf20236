package nl.omgekeerdetoets.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The admin's list of teams. */
final class TeamListPage extends Page {

	TeamListPage(WebDriver driver) {
		super(driver, "team list", at("/admin/teams").and(has(By.cssSelector("form.filter-bar"))));
	}

	/** Follows the page's main button to the form for a new team. */
	TeamFormPage newTeam() {
		this.driver.findElement(By.cssSelector("#main .btn-primary")).click();
		return new TeamFormPage(this.driver);
	}

}
