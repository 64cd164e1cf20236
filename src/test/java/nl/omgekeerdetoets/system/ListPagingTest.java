package nl.omgekeerdetoets.system;

import java.util.stream.Stream;

import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.teams.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every list takes its page and size from the URL: a size beyond the limit is cut to it
 * (spring.data.web.pageable.max-page-size), and a page far beyond the last is an empty
 * page, never an error.
 */
@IntegrationTest
class ListPagingTest {

	static final int MAX_PAGE_SIZE = 100;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	TestFixtures.World world;

	@BeforeEach
	void world() {
		this.world = this.fixtures.world();
	}

	static Stream<Arguments> lists() {
		return Stream.of(list("/admin/teams", Role.ADMIN, "teams"), list("/admin/accounts", Role.ADMIN, "accounts"),
				list("/admin/laws", Role.ADMIN, "laws"), list("/admin/prices", Role.ADMIN, "items"),
				list("/admin/history", Role.ADMIN, "events"), list("/cases", Role.CONSULTANT, "list.rows"),
				list("/cases/team", Role.TEAM_LEAD, "list.rows"), list("/review", Role.TEAM_LEAD, "queue.rows"),
				list("/team/compliments", Role.CONSULTANT, "compliments"),
				list("/exemplary", Role.CONSULTANT, "entries"),
				list("/notifications", Role.CONSULTANT, "notifications"));
	}

	private static Arguments list(String path, Role role, String page) {
		return Arguments.of(Named.of(path, path), role, page);
	}

	@ParameterizedTest
	@MethodSource("lists")
	void aHugeSizeIsCutToTheMaximum(String path, Role role, String page) {
		MvcTestResult result = this.mvc.perform(get(path).param("size", "100000").with(as(role)));
		assertThat(result).hasStatusOk();
		assertThat(result).model().extractingByKey(page.split("\\.")[0]).satisfies((value) -> {
			Object shown = page.contains(".")
					? org.assertj.core.api.Assertions.assertThat(value).extracting(page.split("\\.")[1]).actual()
					: value;
			if (shown instanceof Page<?> shownPage) {
				assertThat(shownPage.getSize()).isLessThanOrEqualTo(MAX_PAGE_SIZE);
				assertThat(shownPage.getNumberOfElements()).isLessThanOrEqualTo(MAX_PAGE_SIZE);
			}
			else {
				// The case lists show their rows of a page read in plain SQL.
				assertThat((java.util.List<?>) shown).hasSizeLessThanOrEqualTo(MAX_PAGE_SIZE);
			}
		});
	}

	@ParameterizedTest
	@MethodSource("lists")
	void aPageFarBeyondTheLastIsAnEmptyPage(String path, Role role, String page) {
		MvcTestResult result = this.mvc
			.perform(get(path).param("page", String.valueOf(Integer.MAX_VALUE)).param("size", "100000").with(as(role)));
		assertThat(result).hasStatusOk();
		assertThat(this.mvc.perform(get(path).param("page", String.valueOf(Integer.MAX_VALUE)).with(as(role))))
			.hasStatusOk();
	}

	@ParameterizedTest
	@MethodSource("lists")
	void anUnknownOrMalformedSortIsIgnoredNotAServerError(String path, Role role, String page) {
		for (String sort : new String[] { "%", "nonsense", "nonsense,desc", "title;drop", ",", "id,sideways" }) {
			assertThat(this.mvc.perform(get(path).param("sort", sort).with(as(role)))).as("sort=%s", sort)
				.hasStatusOk();
		}
	}

	private RequestPostProcessor as(Role role) {
		return user(this.fixtures.signedIn(switch (role) {
			case ADMIN, PRIVACY_OFFICER -> this.world.admin();
			case TEAM_LEAD -> this.world.leadA();
			case CONSULTANT -> this.world.consultantA();
		}));
	}

}
