package nl.omgekeerdetoets.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;

/**
 * The casebook's pages as a lead and a consultant use them: the start page, an entry, an
 * edition being put together, and the printable edition.
 */
final class CasebookPage extends Page {

	CasebookPage(WebDriver driver) {
		super(driver, "casebook", at("/casebook.*").and(has(By.tagName("h1"))));
	}

	/** Follows the link in the main part of the page with this text. */
	CasebookPage follow(String linkText) {
		this.driver.findElement(By.id("main")).findElement(By.linkText(linkText)).sendKeys(Keys.ENTER);
		return new CasebookPage(this.driver);
	}

	/** Follows the nth link in the main part of the page with this text (0-based). */
	CasebookPage follow(String linkText, int index) {
		this.driver.findElement(By.id("main")).findElements(By.linkText(linkText)).get(index).sendKeys(Keys.ENTER);
		return new CasebookPage(this.driver);
	}

	void writeEntry(String title, String obstacle) {
		type("title", title);
		type("situation", "Een oudere inwoner wilde een scootmobiel; zij bleek vooral eenzaam.");
		type("questionAndEffect", "Gevraagd: een scootmobiel. Gewenst: weer zelf boodschappen doen.");
		type("lawsAndGoals", "Wmo 2015: zelfredzaamheid en participatie.");
		type("obstacle", obstacle);
		type("solutionAndGround", "Een maatje en fysiotherapie, op grond van art. 2.3.5 Wmo 2015.");
		type("lesson", "Vraag door naar het effect voordat een product wordt gekozen.");
		press("Bijdrage opslaan");
	}

	/** Presses the button whose accessible name (aria-label) is this text. */
	void pressLabelled(String label) {
		this.driver.findElement(By.xpath("//main//button[@aria-label=\"" + label + "\"]")).sendKeys(Keys.ENTER);
	}

	/** The titles of the entries in the edition being put together, in their order. */
	java.util.List<String> chosenTitles() {
		return this.driver.findElements(By.cssSelector("#chosen .casebook-order-title"))
			.stream()
			.map((element) -> element.getText())
			.toList();
	}

	String pdfHref() {
		return this.driver.findElement(By.linkText("PDF downloaden")).getAttribute("href");
	}

}
