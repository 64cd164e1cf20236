package nl.omgekeerdetoets.casebook;

import nl.omgekeerdetoets.cases.CaseFixtures;
import nl.omgekeerdetoets.cases.CaseSummary;
import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.teams.Role;
import nl.omgekeerdetoets.teams.SignedInUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Who may do what with the casebook, tried from the outside for each role: leads write
 * entries for their own teams' cases and build and publish editions; consultants read
 * published editions only; admins reach nothing of it; nobody outside a case's team sees
 * more of the case than its anonymised entry.
 */
@IntegrationTest
class CasebookAccessTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	CaseFixtures caseFixtures;

	CasebookWorld world;

	CaseSummary caseFile;

	long entry;

	long published;

	long draft;

	SignedInUser admin;

	SignedInUser otherLead;

	SignedInUser otherConsultant;

	@BeforeEach
	void aCasebook() {
		this.world = new CasebookWorld(this.mvc, this.jdbc, this.fixtures, this.caseFixtures);
		this.caseFile = this.world.proposedCase();
		this.entry = this.world.writeEntry(this.caseFile, TestFixtures.unique("Gezelschap"));
		this.published = this.world.createEdition(TestFixtures.unique("Gepubliceerd"));
		this.world.add(this.published, this.entry);
		this.world.publish(this.published);
		this.draft = this.world.createEdition(TestFixtures.unique("Concept"));
		this.admin = this.fixtures.signedIn(this.fixtures.account(Role.ADMIN));
		TestFixtures.TestTeam otherTeam = this.fixtures.team();
		this.otherLead = this.fixtures.signedIn(this.fixtures.account(Role.TEAM_LEAD, otherTeam));
		this.otherConsultant = this.fixtures.signedIn(this.fixtures.account(Role.CONSULTANT, otherTeam));
	}

	@Test
	void aConsultantOfAnyTeamReadsAPublishedEditionAndItsPdf() {
		for (SignedInUser consultant : new SignedInUser[] { this.world.consultant, this.otherConsultant }) {
			assertThat(this.mvc.perform(get("/casebook").with(user(consultant)))).hasStatusOk();
			assertThat(this.mvc.perform(get("/casebook/editions/{id}", this.published).with(user(consultant))))
				.hasStatusOk();
			assertThat(this.mvc.perform(get("/casebook/editions/{id}/pdf", this.published).with(user(consultant))))
				.hasStatusOk();
		}
	}

	@Test
	void aConsultantSeesNoDraft() {
		assertThat(this.mvc.perform(get("/casebook").with(user(this.world.consultant)))).hasStatusOk()
			.bodyText()
			.doesNotContain("/casebook/editions/" + this.draft + "\"");
		assertThat(this.mvc.perform(get("/casebook/editions/{id}", this.draft).with(user(this.world.consultant))))
			.hasStatus(404);
		assertThat(this.mvc.perform(get("/casebook/editions/{id}/pdf", this.draft).with(user(this.world.consultant))))
			.hasStatus(404);
	}

	@ParameterizedTest
	@ValueSource(strings = { "new", "create", "edit", "add", "publish", "withdraw", "next", "entryPage", "entry" })
	void aConsultantBuildsNothing(String action) {
		assertThat(this.mvc.perform(request(action).with(user(this.world.consultant)))).hasStatus4xxClientError();
		assertUnchanged();
	}

	@ParameterizedTest
	@ValueSource(strings = { "index", "read", "pdf", "new", "create", "edit", "add", "publish", "withdraw", "next",
			"entryPage", "entry" })
	void anAdminReachesNothingOfTheCasebook(String action) {
		assertThat(this.mvc.perform(request(action).with(user(this.admin)))).hasStatus(403);
		assertUnchanged();
	}

	@ParameterizedTest
	@ValueSource(strings = { "entryPage", "entry" })
	void aLeadOfAnotherTeamWritesNoEntryForTheCase(String action) {
		assertThat(this.mvc.perform(request(action).with(user(this.otherLead)))).hasStatus(404);
		assertUnchanged();
	}

	@Test
	void aLeadOfAnotherTeamMayUseTheEntryButNotReadTheCase() {
		// The anonymised entry is for everyone building an edition...
		long own = this.world.createEdition(TestFixtures.unique("Ander team"));
		assertThat(this.mvc.perform(get("/casebook/editions/{id}/edit", this.draft).with(user(this.otherLead))))
			.hasStatusOk();
		assertThat(this.mvc.perform(get("/casebook/editions/{id}", this.published).with(user(this.otherLead))))
			.hasStatusOk();
		// ...the case itself stays with its team.
		assertThat(this.mvc.perform(get("/cases/{id}", this.caseFile.id()).with(user(this.otherLead)))).hasStatus(404);
		assertThat(this.mvc.perform(get("/cases/{id}", this.caseFile.id()).with(user(this.otherConsultant))))
			.hasStatus(404);
		assertThat(own).isPositive();
	}

	@Test
	void thePublishedEditionShowsNoCaseDetailsBeyondTheEntry() {
		assertThat(this.mvc.perform(get("/casebook/editions/{id}", this.published).with(user(this.otherConsultant))))
			.bodyText()
			// Neither the case's reference, nor the resident's pseudonym, nor a link to
			// the case.
			.doesNotContain(this.caseFile.reference(), this.caseFile.resident(), "/cases/" + this.caseFile.id());
	}

	@Test
	void leadsBuildAndPublish() {
		assertThat(this.mvc.perform(get("/casebook/editions/{id}/edit", this.draft).with(user(this.world.lead))))
			.hasStatusOk();
		this.world.add(this.draft, this.entry);
		this.world.publish(this.draft);
		assertThat(status(this.draft)).isEqualTo("PUBLISHED");
	}

	@Test
	void theMenuShowsTheCasebookToLeadsAndConsultantsOnly() {
		assertThat(this.mvc.perform(get("/").with(user(this.world.lead)))).bodyText().contains("href=\"/casebook\"");
		assertThat(this.mvc.perform(get("/").with(user(this.world.consultant)))).bodyText()
			.contains("href=\"/casebook\"");
		assertThat(this.mvc.perform(get("/").with(user(this.admin)))).bodyText().doesNotContain("href=\"/casebook\"");
	}

	private MockHttpServletRequestBuilder request(String action) {
		String version = String.valueOf(this.world.versionOf(this.draft));
		String publishedVersion = String.valueOf(this.world.versionOf(this.published));
		return switch (action) {
			case "index" -> get("/casebook");
			case "read" -> get("/casebook/editions/{id}", this.published);
			case "pdf" -> get("/casebook/editions/{id}/pdf", this.published);
			case "new" -> get("/casebook/editions/new");
			case "create" -> post("/casebook/editions").param("year", "2026")
				.param("title", "Van iemand anders")
				.param("introduction", "Tekst")
				.with(csrf());
			case "edit" -> get("/casebook/editions/{id}/edit", this.draft);
			case "add" ->
				post("/casebook/editions/{id}/entries", this.draft).param("entryId", String.valueOf(this.entry))
					.param("version", version)
					.with(csrf());
			case "publish" ->
				post("/casebook/editions/{id}/publish", this.draft).param("version", version).with(csrf());
			case "withdraw" ->
				post("/casebook/editions/{id}/withdraw", this.published).param("version", publishedVersion)
					.with(csrf());
			case "next" -> post("/casebook/editions/{id}/next", this.published).with(csrf());
			case "entryPage" -> get("/casebook/cases/{id}/entry", this.caseFile.id());
			case "entry" -> this.world.entry(this.caseFile.id(), "Overschreven door iemand anders")
				.param("version", String.valueOf(entryVersion()));
			default -> throw new IllegalArgumentException(action);
		};
	}

	private void assertUnchanged() {
		assertThat(status(this.published)).isEqualTo("PUBLISHED");
		assertThat(status(this.draft)).isEqualTo("DRAFT");
		assertThat(this.jdbc.sql("select count(*) from casebook_edition_entry where edition_id = ?")
			.param(this.draft)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select title from casebook_entry where id = ?")
			.param(this.entry)
			.query(String.class)
			.single()).doesNotContain("iemand anders");
		assertThat(this.jdbc.sql("select count(*) from casebook_edition where title = 'Van iemand anders'")
			.query(Long.class)
			.single()).isZero();
	}

	private String status(long edition) {
		return this.jdbc.sql("select status from casebook_edition where id = ?")
			.param(edition)
			.query(String.class)
			.single();
	}

	private long entryVersion() {
		return this.jdbc.sql("select version from casebook_entry where id = ?")
			.param(this.entry)
			.query(Long.class)
			.single();
	}

}
