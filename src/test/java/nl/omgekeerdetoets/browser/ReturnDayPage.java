package nl.omgekeerdetoets.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;

/**
 * The lead's overview and the return day's pages: the list where a lead plans one, the
 * agenda where cases are proposed, the meeting view and the report.
 */
final class ReturnDayPage extends Page {

	ReturnDayPage(WebDriver driver) {
		super(driver, "overview or return day", at("/(overview|return-days).*").and(has(By.tagName("h1"))));
	}

	/** Follows the link in the main part of the page with this text. */
	ReturnDayPage follow(String linkText) {
		this.driver.findElement(By.id("main")).findElement(By.partialLinkText(linkText)).sendKeys(Keys.ENTER);
		return new ReturnDayPage(this.driver);
	}

	/** Plans a return day on this day for the team with this name. */
	void plan(String isoDate, String teamName) {
		date("heldOn", isoDate);
		checkLabelled(teamName);
		press("Terugkomdag plannen");
	}

	void propose(String reference, String question) {
		type("reference", reference);
		type("question", question);
		press("Voordragen");
	}

	/** Records a follow-up action for this person, by this day. */
	void recordAction(String text, String owner, String isoDate) {
		check("kind-ACTION");
		type("text", text);
		choose("ownerId", owner);
		date("dueOn", isoDate);
		press("Opbrengst vastleggen");
	}

}
