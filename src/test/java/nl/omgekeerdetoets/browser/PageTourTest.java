package nl.omgekeerdetoets.browser;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import nl.omgekeerdetoets.casebook.CasebookFixtures;
import nl.omgekeerdetoets.cases.CaseSummary;
import nl.omgekeerdetoets.cases.CaseFixtures;
import nl.omgekeerdetoets.review.ReviewFixtures;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.support.TestFixtures.TestAccount;
import nl.omgekeerdetoets.teams.Role;
import nl.omgekeerdetoets.support.TestFixtures.TestTeam;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page each role reaches, and the error states of forms and pages, render in a real
 * browser, in both languages, without an error page, without a WCAG 2.1 A/AA violation
 * that axe-core finds, and reflow at 320 px (issue 9); the screenshots in
 * target/screenshots show how they look.
 */
@BrowserTest
class PageTourTest {

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	CaseFixtures caseFixtures;

	@Autowired
	ReviewFixtures reviewFixtures;

	@Autowired
	ApplicationContext context;

	WebDriver driver;

	@AfterEach
	void closeBrowser() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "nl", "en" })
	void everyRoleSeesItsPagesWithoutAnError(String language) {
		TestTeam team = this.fixtures.team(true);
		TestAccount consultant = this.fixtures.account(Role.CONSULTANT, team);
		TestAccount lead = this.fixtures.account(Role.TEAM_LEAD, team);
		TestAccount admin = this.fixtures.account(Role.ADMIN);
		TestAccount officer = this.fixtures.account(Role.PRIVACY_OFFICER);
		CaseSummary inReview = this.caseFixtures.submitted(this.fixtures.signedIn(consultant));
		CaseSummary draft = this.caseFixtures.opened(this.fixtures.signedIn(consultant));
		// A case in review round 2: its review page shows what changed since round 1.
		CaseSummary inRoundTwo = this.caseFixtures.submitted(this.fixtures.signedIn(consultant));
		this.reviewFixtures.askForChanges(inRoundTwo.id(), this.fixtures.signedIn(lead));
		this.caseFixtures.resubmittedWithOtherObservations(inRoundTwo.id(), this.fixtures.signedIn(consultant));
		// Follow-ups: one due in a few days (start page, lists), one recorded after six
		// months with the 12-month one open.
		CaseSummary followUpDue = this.caseFixtures.followUpDue(this.fixtures.signedIn(consultant),
				this.fixtures.signedIn(lead));
		CaseSummary followedUp = this.caseFixtures.followedUpAfterSixMonths(this.fixtures.signedIn(consultant),
				this.fixtures.signedIn(lead));
		// Step 4 asking for the call before a refusal; a refusal after a call with a
		// housing corporation, in review.
		CaseSummary refusing = this.caseFixtures.refusedBeforeTheCall(this.fixtures.signedIn(consultant));
		CaseSummary refused = this.caseFixtures.refusedAfterACall(this.fixtures.signedIn(consultant));
		CasebookFixtures casebook = new CasebookFixtures(this.context);
		CaseSummary proposed = casebook.proposedCase(this.fixtures.signedIn(consultant), this.fixtures.signedIn(lead),
				"Gezelschap in plaats van een scootmobiel");
		long entry = casebook.entry(proposed, this.fixtures.signedIn(lead), "Gezelschap in plaats van een scootmobiel");
		String edition = "/casebook/editions/" + casebook.published(this.fixtures.signedIn(lead), "Casusboekje", entry);
		String draftEdition = "/casebook/editions/" + casebook.draft(this.fixtures.signedIn(lead), "Concept", entry);
		this.driver = Browser.start(language);

		String steps = "/cases/" + draft.id() + "/steps/";
		tour(consultant, language, "consultant",
				List.of("/", "/cases", "/cases/team", "/cases/new", "/cases/" + inReview.id(), "/cases/" + draft.id(),
						steps + "effect", steps + "law", steps + "ethics", steps + "action", "/notifications",
						"/team/compliments", "/exemplary", "/return-days", "/my-figures", "/account/password",
						"/account/mail", "/cases/" + followedUp.id(), "/cases/" + followedUp.id() + "/follow-ups/6",
						"/cases/" + followUpDue.id() + "/follow-ups/6", "/casebook", edition,
						"/cases/" + refusing.id() + "/steps/action", "/cases/" + refused.id()));
		// Still signed in: the error states end signed out.
		followUpSentEmpty(followedUp, language);
		errorStates(consultant, language, steps);
		tour(lead, language, "lead", List.of("/", "/review", "/review/cases/" + inReview.id(),
				"/review/cases/" + inRoundTwo.id(), "/review/cases/" + refused.id(), "/cases/team", "/team/compliments",
				"/exemplary", "/overview", "/return-days", "/casebook", "/casebook/cases/" + proposed.id() + "/entry",
				"/casebook/editions/new", draftEdition + "/edit", draftEdition, edition, "/holds", "/account/mail"));
		casebookErrorState(proposed, language);
		tour(admin, language, "admin",
				List.of("/", "/admin/teams", "/admin/accounts", "/admin/laws", "/admin/prices", "/admin/history",
						"/admin/teams/new", "/admin/accounts/new", "/admin/laws/new", "/admin/prices/new",
						"/admin/retention", "/admin/retention/rules/" + firstRetentionRule(),
						"/admin/retention/dry-run", "/admin/retention/deletions", "/holds"));
		tour(officer, language, "privacy officer", List.of("/", "/privacy/access", "/privacy/subject-access"));
		assertThat(this.problems).as("accessibility problems in %s", language).isEmpty();
	}

	/**
	 * The states a user meets when something is wrong: a form sent empty or with bad
	 * values, a failed login, a page that does not exist.
	 */
	private void errorStates(TestAccount consultant, String language, String steps) {
		String lang = "?lang=" + language;
		this.driver.get(baseUrl() + "/cases/new" + lang);
		this.driver.findElement(By.cssSelector("main form button[type=submit]")).sendKeys(Keys.ENTER);
		// The failed form's summary has focus and the title says so first.
		awaitErrorSummaryFocused();
		assertThat(this.driver.getTitle()).startsWith(language.equals("nl") ? "Fout: " : "Error: ");
		check("consultant", "/cases/new (sent empty)", language);
		this.driver.get(baseUrl() + steps + "action" + lang);
		this.driver.findElement(By.id("costs0.amountPerYear")).sendKeys("twaalf");
		this.driver.findElement(By.cssSelector("main .form-actions button")).sendKeys(Keys.ENTER);
		check("consultant", steps + "action (bad amount)", language);
		this.driver.get(baseUrl() + "/cases/99999999" + lang);
		check("consultant", "/cases/99999999 (not found)", language);
		this.driver.manage().deleteAllCookies();
		this.driver.get(baseUrl() + "/login?error&lang=" + language);
		check("anonymous", "/login?error", language);
		// Issue 15: the page for someone the organisation's provider signed in whom the
		// app does not let in.
		this.driver.get(baseUrl() + "/login/refused?reason=waiting&lang=" + language);
		check("anonymous", "/login/refused", language);
	}

	/**
	 * Waits until the error summary of a form sent back has focus. The focused element
	 * may be replaced by the next page while it is read (a stale element, or Chromium's
	 * "does not belong to the document"): then it asks again.
	 */
	private void awaitErrorSummaryFocused() {
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
			.until((d) -> {
				try {
					return "error-summary".equals(d.switchTo().activeElement().getAttribute("id"));
				}
				catch (WebDriverException gone) {
					if (Page.isGoneWithItsDocument(gone)) {
						return false;
					}
					throw gone;
				}
			});
	}

	/**
	 * The 12-month follow-up sent without outcomes, before its date: every field errs.
	 */
	private void followUpSentEmpty(CaseSummary followedUp, String language) {
		String page = "/cases/" + followedUp.id() + "/follow-ups/12";
		this.driver.get(baseUrl() + page + "?lang=" + language);
		this.driver.findElement(By.cssSelector("main form button[type=submit]")).sendKeys(Keys.ENTER);
		awaitErrorSummaryFocused();
		check("consultant", page + " (sent empty)", language);
	}

	/**
	 * A casebook entry refused for a phone number: the field says so (the lead is still
	 * signed in).
	 */
	private void casebookErrorState(CaseSummary proposed, String language) {
		String page = "/casebook/cases/" + proposed.id() + "/entry";
		this.driver.get(baseUrl() + page + "?lang=" + language);
		this.driver.findElement(By.id("obstacle")).sendKeys(" Bel 06-12345678.");
		this.driver.findElement(By.cssSelector("main form button[type=submit]")).sendKeys(Keys.ENTER);
		awaitErrorSummaryFocused();
		check("lead", page + " (phone number)", language);
	}

	private final List<String> problems = new java.util.ArrayList<>();

	/** #01689b, the house's link colour. */
	private static final String HOUSE_LINK_COLOUR = "rgb(1, 104, 155)";

	private void check(String role, String page, String language) {
		Accessibility.violations(this.driver)
			.forEach((violation) -> this.problems.add(role + " " + page + ": " + violation));
		Accessibility.nonTextContrast(this.driver)
			.forEach((problem) -> this.problems.add(role + " " + page + ": " + problem));
		Accessibility.linkColours(this.driver)
			.stream()
			.filter((colour) -> !colour.equals(HOUSE_LINK_COLOUR))
			.forEach((colour) -> this.problems.add(role + " " + page + ": a link in " + colour));
		String overflow = Accessibility.overflowAt320(this.driver);
		if (!overflow.isEmpty()) {
			this.problems.add(role + " " + page + ": " + overflow);
		}
		Browser.screenshot(this.driver,
				"tour-" + role + "-" + page.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "") + "-" + language);
	}

	private void tour(TestAccount account, String language, String role, List<String> paths) {
		this.driver.manage().deleteAllCookies();
		this.driver.get(baseUrl() + "/login?lang=" + language);
		new LoginPage(this.driver).signIn(account.getUsername(), TestFixtures.PASSWORD);
		// Pages load fully before get() returns, so each page is read at once.
		for (String path : paths) {
			this.driver.get(baseUrl() + path + (path.contains("?") ? "&" : "?") + "lang=" + language);
			assertThat(URI.create(this.driver.getCurrentUrl()).getPath()).as("where %s leads", path).isEqualTo(path);
			assertThat(this.driver.findElements(By.cssSelector(".error-code"))).as("error page at %s", path).isEmpty();
			assertThat(this.driver.findElement(By.tagName("h1")).getText()).as("heading at %s", path).isNotBlank();
			assertThat(this.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
			check(role, path.equals("/") ? "home" : path, language);
		}
	}

	private long firstRetentionRule() {
		return this.context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
			.sql("select min(id) from retention_rule")
			.query(Long.class)
			.single();
	}

	private String baseUrl() {
		return "http://localhost:" + this.port;
	}

}
