package nl.omgekeerdetoets.casebook;

import nl.omgekeerdetoets.cases.CaseFixtures;
import nl.omgekeerdetoets.cases.CaseSummary;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.support.TestFixtures.TestTeam;
import nl.omgekeerdetoets.teams.Role;
import nl.omgekeerdetoets.teams.SignedInUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A team with a consultant and a lead, and cases the lead approved and proposed for the
 * casebook, made through the app's own pages; a plain helper rather than a bean, so the
 * shared test context stays as it is.
 */
final class CasebookWorld {

	/** Valid text for every entry field: no personal data. */
	static final String TEXT = "Een oudere inwoner wilde een scootmobiel; zij bleek vooral eenzaam.";

	final MockMvcTester mvc;

	final CaseFixtures caseFixtures;

	final TestTeam team;

	final SignedInUser consultant;

	final SignedInUser lead;

	final JdbcClient jdbc;

	CasebookWorld(MockMvcTester mvc, JdbcClient jdbc, TestFixtures fixtures, CaseFixtures caseFixtures) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.caseFixtures = caseFixtures;
		this.team = fixtures.team();
		this.consultant = fixtures.signedIn(fixtures.account(Role.CONSULTANT, this.team));
		this.lead = fixtures.signedIn(fixtures.account(Role.TEAM_LEAD, this.team));
	}

	/**
	 * A case submitted by the consultant, approved and proposed for the casebook by the
	 * lead.
	 */
	CaseSummary proposedCase() {
		CaseSummary caseFile = this.caseFixtures.submitted(this.consultant);
		assertThat(this.mvc.perform(post("/review/cases/{id}/decision", caseFile.id()).param("decision", "APPROVED")
			.with(csrf())
			.with(user(this.lead)))).hasStatus3xxRedirection();
		assertThat(this.mvc.perform(post("/review/cases/{id}/exemplary", caseFile.id()).param("proposeCasebook", "true")
			.param("title", "Gezelschap in plaats van een scootmobiel")
			.param("summary", "Een oudere inwoner vroeg een scootmobiel en bleek eenzaam.")
			.param("reasoning", "Het effect stond voorop.")
			.with(csrf())
			.with(user(this.lead)))).hasStatus3xxRedirection();
		return caseFile;
	}

	/** The entry form filled with valid text and this title. */
	MockHttpServletRequestBuilder entry(long caseId, String title) {
		return post("/casebook/cases/{id}/entry", caseId).param("title", title)
			.param("situation", TEXT)
			.param("questionAndEffect", TEXT)
			.param("lawsAndGoals", "Wmo 2015: zelfredzaamheid en participatie.")
			.param("obstacle", "Een beleidsregel die alleen een hulpmiddel kende.")
			.param("solutionAndGround", "Een maatje en fysiotherapie, op grond van art. 2.3.5 Wmo 2015.")
			.param("lesson", "Vraag door naar het effect voordat een product wordt gekozen.")
			.param("version", "0")
			.with(csrf());
	}

	/** The lead writes the entry of a proposed case; answers the entry's id. */
	long writeEntry(CaseSummary caseFile, String title) {
		MvcTestResult result = this.mvc.perform(entry(caseFile.id(), title).with(user(this.lead)));
		assertThat(result).hasRedirectedUrl("/casebook");
		return this.entryIdOf(caseFile.id());
	}

	long entryIdOf(long caseId) {
		return this.jdbc.sql("select id from casebook_entry where case_id = ?")
			.param(caseId)
			.query(Long.class)
			.single();
	}

	/** The lead creates a draft edition; answers its id. */
	long createEdition(String title) {
		MvcTestResult result = this.mvc.perform(post("/casebook/editions").param("year", "2026")
			.param("title", title)
			.param("introduction", "Wat maatwerk de gemeente opleverde.")
			.with(csrf())
			.with(user(this.lead)));
		assertThat(result).hasStatus3xxRedirection();
		String location = result.getResponse().getRedirectedUrl();
		return Long.parseLong(location.replaceAll("^/casebook/editions/(\\d+)/edit$", "$1"));
	}

	long versionOf(long editionId) {
		return this.jdbc.sql("select version from casebook_edition where id = ?")
			.param(editionId)
			.query(Long.class)
			.single();
	}

	void add(long editionId, long entryId) {
		assertThat(this.mvc
			.perform(post("/casebook/editions/{id}/entries", editionId).param("entryId", String.valueOf(entryId))
				.param("version", String.valueOf(versionOf(editionId)))
				.with(csrf())
				.with(user(this.lead))))
			.hasStatus3xxRedirection();
	}

	void publish(long editionId) {
		assertThat(this.mvc.perform(post("/casebook/editions/{id}/publish", editionId)
			.param("version", String.valueOf(versionOf(editionId)))
			.with(csrf())
			.with(user(this.lead)))).hasRedirectedUrl("/casebook/editions/" + editionId);
	}

	/** A published edition with one entry per title, each for a case of its own. */
	long publishedEdition(String editionTitle, String... entryTitles) {
		long edition = createEdition(editionTitle);
		for (String title : entryTitles) {
			add(edition, writeEntry(proposedCase(), title));
		}
		publish(edition);
		return edition;
	}

}
