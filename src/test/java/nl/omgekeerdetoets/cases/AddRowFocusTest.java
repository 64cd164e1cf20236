package nl.omgekeerdetoets.cases;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.teams.Role;
import nl.omgekeerdetoets.teams.SignedInUser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 9: after "add a row" the new row's first field has the focus, without JavaScript,
 * and nothing else on the page takes it.
 */
@IntegrationTest
class AddRowFocusTest {

	private static final Pattern AUTOFOCUS = Pattern.compile("<(?:input|textarea|select)[^>]*autofocus[^>]*>");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	CaseFixtures cases;

	@ParameterizedTest
	@CsvSource({ "effect, effects, description", "action, actions, description", "action, costs, scenario",
			"action, obstacles, kind" })
	void theAddedRowsFirstFieldTakesTheFocus(String step, String list, String firstField) throws Exception {
		SignedInUser consultant = this.fixtures.signedIn(this.fixtures.account(Role.CONSULTANT, this.fixtures.team()));
		CaseFile caseFile = this.cases.draft(consultant);
		String stepUrl = "/cases/" + caseFile.getId() + "/steps/" + step;
		String next = this.mvc
			.perform(post(stepUrl).param("version", String.valueOf(caseFile.getVersion()))
				.param("addRow", list)
				.with(csrf())
				.with(user(consultant)))
			.getResponse()
			.getRedirectedUrl();
		assertThat(next).startsWith(stepUrl + "?extra=" + list);
		String page = this.mvc.perform(get(next.replaceAll("#.*$", "")).with(user(consultant)))
			.getResponse()
			.getContentAsString();
		Matcher focused = AUTOFOCUS.matcher(page);
		assertThat(focused.find()).as("a field with the focus").isTrue();
		Matcher row = Pattern.compile("id=\"" + list + "(\\d+)\\." + firstField + "\"").matcher(focused.group());
		assertThat(row.find()).as("the focused field: %s", focused.group()).isTrue();
		int lastRow = 0;
		Matcher rows = Pattern.compile("id=\"" + list + "(\\d+)\\." + firstField + "\"").matcher(page);
		while (rows.find()) {
			lastRow = Integer.parseInt(rows.group(1));
		}
		assertThat(Integer.parseInt(row.group(1))).isEqualTo(lastRow);
		assertThat(focused.find()).as("a second field with the focus").isFalse();
	}

}
