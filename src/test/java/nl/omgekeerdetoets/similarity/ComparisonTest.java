package nl.omgekeerdetoets.similarity;

import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.support.TestFixtures.TestAccount;
import nl.omgekeerdetoets.support.TestFixtures.TestTeam;
import nl.omgekeerdetoets.teams.Role;
import nl.omgekeerdetoets.teams.SignedInUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The consultant notes which earlier case they compared with and why; the lead reads it
 * on the review page. Only the case's consultant writes it, only about a case they may
 * see, and a concurrent save never overwrites silently.
 */
@IntegrationTest
class ComparisonTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestFixtures fixtures;

	SimilarCaseRows rows;

	TestTeam team;

	TestAccount consultant;

	TestAccount colleague;

	TestAccount lead;

	TestTeam otherTeam;

	TestAccount otherConsultant;

	TestAccount otherLead;

	SimilarCaseRows.Row atHand;

	SimilarCaseRows.Row earlier;

	String word = SimilarCaseRows.word("rolstoel");

	@BeforeEach
	void cases() {
		this.rows = new SimilarCaseRows(this.jdbc);
		this.team = this.fixtures.team(false);
		this.consultant = this.fixtures.account(Role.CONSULTANT, this.team);
		this.colleague = this.fixtures.account(Role.CONSULTANT, this.team);
		this.lead = this.fixtures.account(Role.TEAM_LEAD, this.team);
		this.otherTeam = this.fixtures.team(true);
		this.otherConsultant = this.fixtures.account(Role.CONSULTANT, this.otherTeam);
		this.otherLead = this.fixtures.account(Role.TEAM_LEAD, this.otherTeam);
		this.atHand = this.rows.caseOf(this.team, this.consultant, "DRAFT")
			.title("Een " + this.word)
			.effects("Zelf naar buiten met een " + this.word)
			.save();
		this.earlier = this.rows.caseOf(this.team, this.consultant, "APPROVED")
			.title("Eerder een " + this.word)
			.effects("Naar buiten met een " + this.word)
			.save();
	}

	@Test
	void theConsultantNotesAComparisonAndTheLeadReadsItWhenReviewing() throws Exception {
		String url = compareUrl("case-" + this.earlier.id());
		MvcTestResult form = this.mvc.perform(get(url).with(user(as(this.consultant))));
		assertThat(form).hasStatusOk();
		assertThat(form.getResponse().getContentAsString()).contains("Eerder een " + this.word, "name=\"note\"");

		assertThat(this.mvc.perform(post(url).param("note", "Zelfde vraag, maar hier helpt de buurman")
			.with(csrf())
			.with(user(as(this.consultant))))).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/cases/" + this.atHand.id() + "/steps/action#similar");

		assertThat(page("/cases/" + this.atHand.id() + "/steps/action", this.consultant))
			.contains("Zelfde vraag, maar hier helpt de buurman");
		this.jdbc.sql("update case_file set status = 'IN_REVIEW', submitted_at = now() where id = ?")
			.param(this.atHand.id())
			.update();
		assertThat(page("/review/cases/" + this.atHand.id(), this.lead))
			.contains("Zelfde vraag, maar hier helpt de buurman", "Eerder een " + this.word);
	}

	@Test
	void aBlankNoteOrOneWithABsnIsShownAgainWithItsMessage() throws Exception {
		String url = compareUrl("case-" + this.earlier.id());
		MvcTestResult blank = this.mvc
			.perform(post(url).param("note", " ").with(csrf()).with(user(as(this.consultant))));
		assertThat(blank).hasStatusOk();
		assertThat(blank.getResponse().getContentAsString()).contains("error-summary", "note-error");

		MvcTestResult bsn = this.mvc
			.perform(post(url).param("note", "Zelfde als bij 111222333").with(csrf()).with(user(as(this.consultant))));
		assertThat(bsn).hasStatusOk();
		assertThat(bsn.getResponse().getContentAsString()).contains("note-error", "Zelfde als bij 111222333");
		assertThat(count()).isZero();
	}

	@Test
	void aNoteSavedMeanwhileIsNotOverwrittenAndTheTypedTextStays() throws Exception {
		String url = compareUrl("case-" + this.earlier.id());
		save(url, "Eerste notitie", null);

		MvcTestResult stale = this.mvc.perform(post(url).param("note", "Tweede notitie, getypt in een ander tabblad")
			.with(csrf())
			.with(user(as(this.consultant))));

		assertThat(stale).hasStatusOk();
		assertThat(stale.getResponse().getContentAsString()).contains("Tweede notitie, getypt in een ander tabblad",
				"Eerste notitie");
		assertThat(note()).isEqualTo("Eerste notitie");

		save(url, "Verbeterde notitie", 0L);
		assertThat(note()).isEqualTo("Verbeterde notitie");
	}

	@Test
	void theConsultantRemovesANote() {
		save(compareUrl("case-" + this.earlier.id()), "Notitie", null);
		long id = this.jdbc.sql("select id from case_comparison where case_id = ?")
			.param(this.atHand.id())
			.query(Long.class)
			.single();
		String remove = "/cases/" + this.atHand.id() + "/comparisons/" + id + "/remove";

		assertThat(this.mvc.perform(post(remove).param("version", "7").with(csrf()).with(user(as(this.consultant)))))
			.hasStatus(HttpStatus.FOUND);
		assertThat(count()).isOne();
		assertThat(this.mvc.perform(post(remove).param("version", "0").with(csrf()).with(user(as(this.consultant)))))
			.hasStatus(HttpStatus.FOUND);
		assertThat(count()).isZero();
	}

	@Test
	void onlyTheCasesConsultantNotesComparisonsWhileTheCaseIsTheirsToEdit() {
		String url = compareUrl("case-" + this.earlier.id());
		// The lead reads the case, but it is not theirs to write in.
		assertThat(this.mvc.perform(get(url).with(user(as(this.lead))))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.perform(post(url).param("note", "x").with(csrf()).with(user(as(this.lead)))))
			.hasStatus(HttpStatus.FORBIDDEN);
		// A colleague in a team that does not share its cases, and another team: no case.
		assertThat(this.mvc.perform(get(url).with(user(as(this.colleague))))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.perform(post(url).param("note", "x").with(csrf()).with(user(as(this.otherConsultant)))))
			.hasStatus(HttpStatus.NOT_FOUND);
		this.jdbc.sql("update case_file set status = 'IN_REVIEW' where id = ?").param(this.atHand.id()).update();
		assertThat(this.mvc.perform(post(url).param("note", "x").with(csrf()).with(user(as(this.consultant)))))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(count()).isZero();
	}

	@Test
	void aCaseTheConsultantMayNotSeeCannotBeNamedAndAnEntryShowsOnlyItsText() throws Exception {
		SimilarCaseRows.Row others = this.rows.caseOf(this.otherTeam, this.otherConsultant, "APPROVED")
			.title("Ander team " + this.word)
			.effects("Naar buiten met een " + this.word)
			.save();
		SimilarCaseRows.Row draft = this.rows.caseOf(this.team, this.consultant, "DRAFT").title("Concept").save();
		for (String target : new String[] { "case-" + others.id(), "case-" + draft.id(), "case-" + this.atHand.id(),
				"case-x", "nothing-1", "exemplary-999999999" }) {
			assertThat(this.mvc.perform(get(compareUrl(target)).with(user(as(this.consultant))))).as(target)
				.hasStatus(HttpStatus.NOT_FOUND);
		}
		long exemplary = this.rows.exemplary(others, this.otherLead.getId(), true, "Voorbeeld " + this.word,
				"Samenvatting voor iedereen");
		assertThat(this.mvc.perform(get(compareUrl("case-" + others.id())).with(user(as(this.consultant)))))
			.hasStatus(HttpStatus.NOT_FOUND);

		String url = compareUrl("exemplary-" + exemplary);
		String page = page(url, this.consultant);
		assertThat(page).contains("Voorbeeld " + this.word, "Samenvatting voor iedereen")
			.doesNotContain(others.reference(), "Ander team");
		save(url, "Lijkt erop, maar zonder netwerk", null);
		assertThat(page("/cases/" + this.atHand.id() + "/steps/action", this.consultant))
			.contains("Lijkt erop, maar zonder netwerk")
			.doesNotContain(others.reference(), "Ander team");
	}

	private void save(String url, String note, Long version) {
		var request = post(url).param("note", note).with(csrf()).with(user(as(this.consultant)));
		if (version != null) {
			request.param("version", version.toString());
		}
		assertThat(this.mvc.perform(request)).hasStatus(HttpStatus.FOUND);
	}

	private String page(String url, TestAccount account) throws Exception {
		MvcTestResult result = this.mvc.perform(get(url).with(user(as(account))));
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString();
	}

	private String compareUrl(String target) {
		return "/cases/" + this.atHand.id() + "/similar/" + target;
	}

	private long count() {
		return this.jdbc.sql("select count(*) from case_comparison where case_id = ?")
			.param(this.atHand.id())
			.query(Long.class)
			.single();
	}

	private String note() {
		return this.jdbc.sql("select note from case_comparison where case_id = ?")
			.param(this.atHand.id())
			.query(String.class)
			.single();
	}

	private SignedInUser as(TestAccount account) {
		return this.fixtures.signedIn(account);
	}

}
