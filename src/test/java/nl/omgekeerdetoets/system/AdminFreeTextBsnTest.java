package nl.omgekeerdetoets.system;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import nl.omgekeerdetoets.library.LawLibrary;
import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.teams.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The admin's free-text fields refuse a BSN like the case fields do (issue 16): a team
 * name, an account's name, username and e-mail, a law's name and purpose, a goal's
 * description and article.
 */
@IntegrationTest
class AdminFreeTextBsnTest {

	/** 123456782 in a spelling the old check let through. */
	static final String BSN = "nr.123 45 6782";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	LawLibrary lawLibrary;

	static Stream<Arguments> fields() {
		return Stream.of(arguments("/admin/teams/new", "teamForm", "name"),
				arguments("/admin/accounts/new", "accountForm", "displayName"),
				arguments("/admin/accounts/new", "accountForm", "username"),
				arguments("/admin/accounts/new", "accountForm", "email"),
				arguments("/admin/laws/new", "lawForm", "name"), arguments("/admin/laws/new", "lawForm", "purpose"),
				arguments("/admin/laws/{law}/goals/new", "lawGoalForm", "description"),
				arguments("/admin/laws/{law}/goals/new", "lawGoalForm", "articleReference"),
				arguments("/admin/prices/new", "newPriceItemForm", "name"),
				arguments("/admin/prices/new", "newPriceItemForm", "description"),
				arguments("/admin/prices/new", "newPriceItemForm", "sourceNote"));
	}

	@ParameterizedTest(name = "{1}.{2}")
	@MethodSource("fields")
	void bsnInAnAdminFieldIsAFieldError(String url, String form, String field) {
		String value = switch (field) {
			case "username" -> "u123456782";
			case "email" -> "123456782@example.org";
			default -> BSN;
		};
		Map<String, String> values = new LinkedHashMap<>();
		values.put("name", TestFixtures.unique("Naam"));
		values.put("displayName", "Nieuwe collega");
		values.put("username", TestFixtures.unique("u"));
		values.put("role", "ADMIN");
		values.put("password", "a sentence that is long enough");
		values.put("position", "1000");
		values.put("description", "Een doel");
		values.put(field, value);
		MockHttpServletRequestBuilder request = post(
				url.replace("{law}", String.valueOf(this.lawLibrary.activeLawsWithGoals().get(0).id())))
			.with(csrf())
			.with(user(this.fixtures.signedIn(this.fixtures.account(Role.ADMIN))));
		values.forEach((name, given) -> request.param(name, given));
		assertThat(this.mvc.perform(request)).hasStatusOk()
			.model()
			.extractingBindingResult(form)
			.hasFieldErrorCode(field, "NoBsn");
	}

}
