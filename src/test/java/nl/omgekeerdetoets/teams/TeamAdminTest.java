package nl.omgekeerdetoets.teams;

import nl.omgekeerdetoets.support.TestFixtures.TestTeam;
import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.TestFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@IntegrationTest
class TeamAdminTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	TeamService teams;

	RequestPostProcessor admin;

	@BeforeEach
	void signInAsAdmin() {
		this.admin = SecurityMockMvcRequestPostProcessors
			.user(this.fixtures.signedIn(this.fixtures.account(Role.ADMIN)));
	}

	@Test
	void adminCreatesATeamAndFindsItInTheList() {
		String name = TestFixtures.unique("Wmo Noord");
		assertThat(this.mvc.perform(post("/admin/teams/new").param("name", name).with(csrf()).with(this.admin)))
			.hasRedirectedUrl("/admin/teams")
			.flash()
			.containsEntry("saved", "team.saved");
		assertThat(this.mvc.perform(get("/admin/teams").param("q", name).with(this.admin))).hasStatusOk()
			.bodyText()
			.contains(name);
	}

	@Test
	void longListIsPagedAndThePageLinksKeepTheFilter() {
		String prefix = TestFixtures.unique("Pagina");
		for (int i = 0; i < 22; i++) {
			this.teams.create(prefix + " " + i, false);
		}
		assertThat(this.mvc.perform(get("/admin/teams").param("q", prefix).with(this.admin))).hasStatusOk()
			.bodyText()
			.contains("22 teams")
			.contains("q=" + prefix.replace(" ", "%20") + "&amp;page=1");
	}

	@Test
	void duplicateNameIsAFieldErrorWhateverTheCase() {
		TestTeam existing = this.fixtures.team();
		assertThat(this.mvc.perform(post("/admin/teams/new").param("name", existing.getName().toUpperCase())
			.header("Accept-Language", "nl")
			.with(csrf())
			.with(this.admin))).hasStatusOk()
			.model()
			.extractingBindingResult("teamForm")
			.hasFieldErrorCode("name", "team.name.taken");
	}

	@Test
	void duplicateNameMessageIsShownAtTheFieldAndInTheSummary() {
		TestTeam existing = this.fixtures.team();
		assertThat(this.mvc.perform(post("/admin/teams/new").param("name", existing.getName())
			.header("Accept-Language", "nl")
			.with(csrf())
			.with(this.admin))).bodyText()
			.contains("id=\"error-summary\"")
			.contains("href=\"#name\"")
			.contains("id=\"name-error\"")
			.contains("aria-describedby=\"name-error\"")
			.contains("Er bestaat al een team met deze naam.");
	}

	@Test
	void blankNameIsRefused() {
		assertThat(this.mvc.perform(post("/admin/teams/new").param("name", "  ").with(csrf()).with(this.admin)))
			.hasStatusOk()
			.model()
			.extractingBindingResult("teamForm")
			.hasFieldErrorCode("name", "NotBlank");
	}

	@Test
	void adminSetsTheTeamsWorkableCaseloadAndIsToldWhatIsWrongWithABadOne() {
		TestTeam team = this.fixtures.team();
		long version = this.teams.get(team.getId()).getVersion();
		for (String bad : new String[] { "0", "501", "twaalf" }) {
			assertThat(this.mvc.perform(post("/admin/teams/{id}", team.getId()).param("name", team.getName())
				.param("caseloadThreshold", bad)
				.param("version", String.valueOf(version))
				.header("Accept-Language", "nl")
				.with(csrf())
				.with(this.admin))).as(bad)
				.hasStatusOk()
				.bodyText()
				.containsAnyOf("Vul een aantal tussen 1 en 500 in", "Vul een heel getal in");
		}
		assertThat(this.teams.get(team.getId()).getCaseloadThreshold()).isNull();
		assertThat(this.mvc.perform(post("/admin/teams/{id}", team.getId()).param("name", team.getName())
			.param("caseloadThreshold", "12")
			.param("version", String.valueOf(version))
			.with(csrf())
			.with(this.admin))).hasRedirectedUrl("/admin/teams");
		assertThat(this.teams.get(team.getId()).getCaseloadThreshold()).isEqualTo(12);
		assertThat(this.mvc.perform(get("/admin/teams/{id}", team.getId()).with(this.admin))).hasStatusOk()
			.bodyText()
			.contains("value=\"12\"");
	}

	@Test
	void staleVersionKeepsTheInputAndSaysSomeoneElseChangedIt() {
		TestTeam team = this.fixtures.team();
		long openedVersion = this.teams.get(team.getId()).getVersion();
		this.teams.update(team.getId(), openedVersion, team.getName() + " (nieuw)", false, null);

		String myName = TestFixtures.unique("mijn naam");
		assertThat(this.mvc.perform(post("/admin/teams/{id}", team.getId()).param("name", myName)
			.param("version", String.valueOf(openedVersion))
			.with(csrf())
			.with(this.admin))).hasStatusOk().bodyText().contains(myName);
		assertThat(this.teams.get(team.getId()).getName()).isEqualTo(team.getName() + " (nieuw)");
	}

	@Test
	void archivedTeamLeavesTheDefaultListAndCanBeRestored() {
		TestTeam team = this.fixtures.team();
		assertThat(this.mvc.perform(post("/admin/teams/{id}/archive", team.getId()).with(csrf()).with(this.admin)))
			.hasRedirectedUrl("/admin/teams");
		assertThat(this.teams.get(team.getId()).isArchived()).isTrue();
		assertThat(this.mvc.perform(get("/admin/teams").param("q", team.getName()).with(this.admin))).bodyText()
			.doesNotContain(">" + team.getName() + "</a>");
		assertThat(this.mvc
			.perform(get("/admin/teams").param("q", team.getName()).param("archived", "true").with(this.admin)))
			.bodyText()
			.contains(">" + team.getName() + "</a>");
		assertThat(this.mvc.perform(post("/admin/teams/{id}/restore", team.getId()).with(csrf()).with(this.admin)))
			.hasRedirectedUrl("/admin/teams?archived=true");
		assertThat(this.teams.get(team.getId()).isArchived()).isFalse();
	}

}
