package nl.omgekeerdetoets.teams;

import nl.omgekeerdetoets.support.TestFixtures.TestAccount;
import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.TestFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Text typed into forms and search boxes arrives trimmed, blank text as nothing; a
 * password is kept exactly as typed.
 */
@IntegrationTest
class TrimmedInputTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	AccountRepository accounts;

	@Autowired
	TeamRepository teams;

	@Test
	void teamNameIsStoredTrimmedAndFoundBySearchWithSpaces() {
		String name = TestFixtures.unique("Wmo Zuid");
		assertThat(this.mvc
			.perform(post("/admin/teams/new").param("name", "  " + name + "\t ").with(csrf()).with(admin())))
			.hasRedirectedUrl("/admin/teams");
		assertThat(this.teams.findAll()).extracting(Team::getName).contains(name);
		assertThat(this.mvc.perform(get("/admin/teams").param("q", "  " + name + "  ").with(admin()))).hasStatusOk()
			.bodyText()
			.contains(name)
			.contains("1 team");
	}

	@Test
	void aNulCharacterInTextOrASearchBoxIsDroppedNotAServerError() {
		String name = TestFixtures.unique("Wmo West");
		assertThat(this.mvc.perform(post("/admin/teams/new").param("name", name + "\u0000").with(csrf()).with(admin())))
			.hasRedirectedUrl("/admin/teams");
		assertThat(this.teams.findAll()).extracting(Team::getName).contains(name);
		assertThat(this.mvc.perform(get("/admin/teams").param("q", "\u0000" + name).with(admin()))).hasStatusOk()
			.bodyText()
			.contains(name);
		TestAccount consultant = this.fixtures.account(Role.CONSULTANT, this.fixtures.team());
		assertThat(this.mvc
			.perform(get("/cases").param("q", "scoot\u0000mobiel").with(user(this.fixtures.signedIn(consultant)))))
			.hasStatusOk();
	}

	@Test
	void blankEmailOfANewAccountIsStoredAsNothing() {
		String username = TestFixtures.unique("trim");
		assertThat(this.mvc.perform(post("/admin/accounts/new").param("username", " " + username + " ")
			.param("displayName", "  Ria Trim  ")
			.param("email", "   ")
			.param("role", "ADMIN")
			.param("password", TestFixtures.PASSWORD)
			.with(csrf())
			.with(admin()))).hasStatus3xxRedirection();
		Account created = this.accounts.findByUsername(username).orElseThrow();
		assertThat(created.getDisplayName()).isEqualTo("Ria Trim");
		assertThat(created.getEmail()).isNull();
	}

	@Test
	void aPasswordWithSpacesAroundItIsKeptAsTyped() {
		TestAccount consultant = this.fixtures.account(Role.CONSULTANT, this.fixtures.team());
		String spaced = "  zeven blauwe reigers op een rij  ";
		assertThat(this.mvc.perform(post("/account/password").param("currentPassword", TestFixtures.PASSWORD)
			.param("newPassword", spaced)
			.param("confirmation", spaced)
			.with(csrf())
			.with(user(this.fixtures.signedIn(consultant))))).hasRedirectedUrl("/");
		assertThat(this.mvc.perform(formLogin().user(consultant.getUsername()).password(spaced.strip())))
			.hasRedirectedUrl("/login?error");
		assertThat(this.mvc.perform(formLogin().user(consultant.getUsername()).password(spaced))).hasRedirectedUrl("/");
	}

	private RequestPostProcessor admin() {
		return user(this.fixtures.signedIn(this.fixtures.account(Role.ADMIN)));
	}

}
