package nl.omgekeerdetoets.browser;

import nl.omgekeerdetoets.cases.CaseFixtures;
import nl.omgekeerdetoets.cases.CaseSummary;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.support.TestFixtures.TestAccount;
import nl.omgekeerdetoets.support.TestFixtures.TestTeam;
import nl.omgekeerdetoets.teams.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12 end to end: a consultant finds a colleague's earlier case beside step 4,
 * compares it with a note, refuses after calling the resident and submits; the lead reads
 * the comparison and the call on the review page.
 */
@BrowserTest
class SimilarCaseJourneyTest {

	static final String NOTE = "Dezelfde vraag om een scootmobiel, maar hier is geen dochter in de buurt: daarom geen maatje.";

	static final String AGREED = "Mevrouw vraagt eerst de buurtbus aan; over drie maanden bel ik haar weer.";

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	CaseFixtures caseFixtures;

	WebDriver driver;

	@AfterEach
	void closeBrowser() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Test
	void consultantComparesWithAnEarlierCaseRefusesAfterACallAndTheLeadSeesBoth() {
		// A team whose consultants read each other's cases: the colleague's case shows in
		// full.
		TestTeam team = this.fixtures.team(true);
		TestAccount consultant = this.fixtures.account(Role.CONSULTANT, team);
		TestAccount colleague = this.fixtures.account(Role.CONSULTANT, team);
		TestAccount lead = this.fixtures.account(Role.TEAM_LEAD, team);
		String title = "Scootmobiel " + uniqueWords();
		CaseSummary earlier = this.caseFixtures.approved(this.fixtures.signedIn(colleague),
				this.fixtures.signedIn(lead), title);
		CaseSummary atHand = this.caseFixtures.completed(this.fixtures.signedIn(consultant), title);
		this.driver = Browser.start("nl");

		// Step 4 shows the colleague's approved case among the similar ones.
		signIn(consultant);
		CaseStepPage step = CaseStepPage.open(this.driver, baseUrl(), atHand.id(), "action",
				"Stap 4: Van randvoorwaarden naar actie");
		step.awaitText("Vergelijkbare eerdere casussen");
		WebElement item = similarItem(earlier.reference());
		assertThat(item.getText()).contains("Goedgekeurd", "Gekozen oplossing");
		scrollTo(item);
		step.screenshot("similar-step-4");

		// The consultant compares and notes why this case differs.
		item.findElement(By.linkText("Vergelijk met deze casus")).sendKeys(Keys.ENTER);
		Page compare = new Page(this.driver, "comparison", Page.at("/cases/\\d+/similar/[a-z]+-\\d+")) {
		};
		compare.awaitText("De eerdere casus");
		compare.type("note", NOTE);
		compare.press("Vergelijking opslaan");
		step = new CaseStepPage(this.driver, "Stap 4: Van randvoorwaarden naar actie");
		step.awaitText("De vergelijking is opgeslagen.");
		assertThat(similarItem(earlier.reference()).getText()).contains(NOTE);

		// A refusal: the page asks for the call first, then the call is recorded.
		step.check("decisionKind4");
		step.saveDraft("Concept opslaan");
		assertThat(step.mainText()).contains("U kiest ‘Afgewezen’. Is de inwoner eerst gebeld");
		step.check("called1");
		step.date("callDate", "2026-11-30");
		step.type("callWith", "Mevrouw K. zelf");
		step.type("callAgreed", AGREED);
		CasePage casePage = step.saveAndGoToCase("Opslaan en naar het overzicht");
		casePage.press("Indienen ter beoordeling");
		casePage.awaitText("De casus is ingediend ter beoordeling");
		casePage.logOut();

		// The lead reads the comparison and the call while reviewing.
		signIn(lead);
		ReviewPage review = ReviewPage.open(this.driver, baseUrl(), atHand.id());
		review.awaitText("Uw besluit");
		assertThat(similarItem(earlier.reference()).getText()).contains("Vergeleken door", NOTE);
		assertThat(review.mainText()).contains("Afgewezen", "Mevrouw K. zelf", AGREED);
		scrollTo(similarItem(earlier.reference()));
		review.screenshot("similar-review");
	}

	/**
	 * Words only these two cases hold, longer than any of the demo texts: the list finds
	 * its candidates through the rarest (and, among equally rare, longest) words of a
	 * case, and every other test's case has the same demo texts.
	 */
	private static String uniqueWords() {
		StringBuilder words = new StringBuilder();
		long seed = System.nanoTime();
		for (int i = 0; i < 8; i++) {
			StringBuilder word = new StringBuilder("kenmerk");
			for (long n = seed + i * 7919L; n > 0; n /= 26) {
				word.append((char) ('a' + n % 26));
			}
			words.append(word, 0, 15).append('x').append(' ');
		}
		return words.toString().trim();
	}

	/** The similar case with this reference, in the panel of similar cases. */
	private WebElement similarItem(String reference) {
		return this.driver
			.findElement(By.xpath("//section[@id='similar']//article[contains(., \"" + reference + "\")]"));
	}

	private void scrollTo(WebElement element) {
		((JavascriptExecutor) this.driver).executeScript("arguments[0].scrollIntoView({behavior: 'instant'})", element);
	}

	private void signIn(TestAccount account) {
		LoginPage.open(this.driver, baseUrl())
			.signIn(account.getUsername(), TestFixtures.PASSWORD)
			.awaitHeadingStartingWith("Welkom");
	}

	private String baseUrl() {
		return "http://localhost:" + this.port;
	}

}
