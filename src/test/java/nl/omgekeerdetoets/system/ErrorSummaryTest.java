package nl.omgekeerdetoets.system;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.omgekeerdetoets.cases.CaseFixtures;
import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.teams.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 9: an error summary lists each field once, in the order the fields appear on the
 * page, the same every time; and Dutch law-library texts are marked as Dutch on English
 * pages.
 */
@IntegrationTest
class ErrorSummaryTest {

	private static final Pattern SUMMARY = Pattern.compile("id=\"error-summary\".*?</div>", Pattern.DOTALL);

	private static final Pattern LINK = Pattern.compile("href=\"#([^\"]+)\"");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	CaseFixtures cases;

	@Test
	void theNewCaseFormListsItsProblemsInFieldOrderEveryTime() {
		var consultant = this.fixtures.signedIn(this.fixtures.account(Role.CONSULTANT, this.fixtures.team()));
		List<String> first = null;
		for (int attempt = 0; attempt < 4; attempt++) {
			String page = page(post("/cases/new").with(csrf()).with(user(consultant)));
			List<String> summary = summary(page);
			assertThat(summary).hasSizeGreaterThanOrEqualTo(3).doesNotHaveDuplicates();
			assertThat(summary).isEqualTo(inPageOrder(summary, page));
			if (first != null) {
				assertThat(summary).isEqualTo(first);
			}
			first = summary;
		}
	}

	@Test
	void theNewAccountFormListsEachFieldOnce() {
		var admin = this.fixtures.signedIn(this.fixtures.account(Role.ADMIN));
		String page = page(
				post("/admin/accounts/new").param("username", "").param("password", "").with(csrf()).with(user(admin)));
		List<String> summary = summary(page);
		assertThat(summary).contains("username", "password").doesNotHaveDuplicates();
		assertThat(summary).isEqualTo(inPageOrder(summary, page));
	}

	@Test
	void aRadioGroupWithAProblemMarksItsChoicesAndDescribesThem() {
		var team = this.fixtures.team();
		var consultant = this.fixtures.signedIn(this.fixtures.account(Role.CONSULTANT, team));
		var lead = this.fixtures.signedIn(this.fixtures.account(Role.TEAM_LEAD, team));
		long id = this.cases.submitted(consultant).id();
		String page = page(post("/review/cases/{id}/decision", id).with(csrf()).with(user(lead)));
		assertThat(summary(page)).contains("decision");
		assertThat(page).contains("id=\"decision-error\"")
			.containsPattern("<input(?=[^>]*type=\"radio\")(?=[^>]*name=\"decision\")"
					+ "(?=[^>]*aria-invalid=\"true\")(?=[^>]*aria-describedby=\"decision-error\")[^>]*>");
	}

	@Test
	void lawLibraryTextsAreMarkedAsDutchOnEnglishPages() {
		var consultant = this.fixtures.signedIn(this.fixtures.account(Role.CONSULTANT, this.fixtures.team()));
		String created = this.mvc
			.perform(post("/cases/new").param("title", "Taal")
				.param("resident", "mevr. T.")
				.param("domains", "WMO")
				.param("questionAsAsked", "Vraag")
				.with(csrf())
				.with(user(consultant)))
			.getResponse()
			.getRedirectedUrl();
		String caseUrl = created.replaceAll("/steps/.*$", "");
		assertThat(this.mvc.perform(get(caseUrl + "/steps/law").header("Accept-Language", "en").with(user(consultant))))
			.hasStatusOk()
			.bodyText()
			.contains("lang=\"nl\">Wmo 2015<");
	}

	@Test
	void rowsWithTheSameProblemSayWhichRowAndAmountsComeBackAsTyped() {
		var consultant = this.fixtures.signedIn(this.fixtures.account(Role.CONSULTANT, this.fixtures.team()));
		var caseFile = this.cases.opened(consultant);
		String page = page(post("/cases/{id}/steps/action", caseFile.id()).param("version", "0")
			.param("costs[0].amountPerYear", "twaalf")
			.param("costs[1].amountPerYear", "dertien")
			.param("costs[2].amountPerYear", "1.234,56")
			.with(csrf())
			.with(user(consultant)));
		String summary = page.substring(page.indexOf("id=\"error-summary\""));
		summary = summary.substring(0, summary.indexOf("</div>"));
		assertThat(summary).contains(">Kostenregel 1: Vul een bedrag in euro’s in")
			.contains(">Kostenregel 2: Vul een bedrag in euro’s in");
		assertThat(page).contains("value=\"twaalf\"").contains("value=\"1.234,56\"");
	}

	private String page(MockHttpServletRequestBuilder request) {
		var result = this.mvc.perform(request.header("Accept-Language", "nl"));
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> summary(String page) {
		Matcher summary = SUMMARY.matcher(page);
		assertThat(summary.find()).as("an error summary").isTrue();
		List<String> targets = new ArrayList<>();
		Matcher link = LINK.matcher(summary.group());
		while (link.find()) {
			targets.add(link.group(1));
		}
		return targets;
	}

	/** The targets sorted by where their field's id appears after the summary. */
	private static List<String> inPageOrder(List<String> targets, String page) {
		int after = page.indexOf("id=\"error-summary\"");
		return targets.stream().sorted(java.util.Comparator.comparingInt((String id) -> {
			int at = page.indexOf("id=\"" + id + "\"", after + 20);
			assertThat(at).as("the field %s on the page", id).isPositive();
			return at;
		})).toList();
	}

}
