package nl.omgekeerdetoets.review;

import nl.omgekeerdetoets.cases.CaseFixtures;
import nl.omgekeerdetoets.cases.CaseService;
import nl.omgekeerdetoets.cases.CaseSummary;
import nl.omgekeerdetoets.cases.Step;
import nl.omgekeerdetoets.cases.Submission;
import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.support.TestFixtures.TestTeam;
import nl.omgekeerdetoets.teams.Role;
import nl.omgekeerdetoets.teams.SignedInUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Review round 2 says which round it is and shows, per step, what changed since the
 * previous round, word by word, from the steps kept at each submission.
 */
@IntegrationTest
class ReviewRoundChangesTest {

	static final String OBSERVATIONS = "Loopt onzeker met de rollator; komt sinds de val niet meer buiten";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	CaseFixtures caseFixtures;

	@Autowired
	CaseService cases;

	SignedInUser consultant;

	SignedInUser lead;

	CaseSummary caseFile;

	@BeforeEach
	void aCaseInReview() {
		TestTeam team = this.fixtures.team();
		this.consultant = this.fixtures.signedIn(this.fixtures.account(Role.CONSULTANT, team));
		this.lead = this.fixtures.signedIn(this.fixtures.account(Role.TEAM_LEAD, team));
		this.caseFile = this.caseFixtures.submitted(this.consultant);
	}

	@Test
	void theFirstRoundSaysSoAndShowsNoChanges() {
		assertThat(this.mvc.perform(
				get("/review/cases/{id}", this.caseFile.id()).header("Accept-Language", "nl").with(user(this.lead))))
			.hasStatusOk()
			.bodyText()
			.contains("Ronde 1")
			.doesNotContain("Gewijzigd sinds de vorige ronde", "Geen wijzigingen", "<del>", "<ins>");
		assertThat(this.cases.lastTwoSubmissions(this.caseFile.id())).singleElement().satisfies((submission) -> {
			assertThat(submission.round()).isEqualTo(1);
			assertThat(submission.text(Step.ETHICS, "observations")).isEqualTo(OBSERVATIONS);
			assertThat(submission.text(Step.ETHICS, "values")).isEqualTo("Autonomie");
			assertThat(submission.text(Step.LAW, "withinGoals")).isEqualTo("Ja");
			assertThat(submission.text(Step.ACTION, "costs")).contains("Scootmobiel in bruikleen", "1.200,00");
			assertThat(submission.text(Step.EFFECT, "meaningForPeople")).isEmpty();
		});
	}

	@Test
	void roundTwoShowsTheWordsChangedInAFieldAndNoChangesInAStepLeftAlone() throws Exception {
		long id = this.caseFile.id();
		askForChanges(id);
		editEthics(id, "Loopt onzeker met de rollator; komt sinds de val alleen met haar dochter buiten");
		resubmit(id);

		String page = this.mvc
			.perform(get("/review/cases/{id}", id).header("Accept-Language", "nl").with(user(this.lead)))
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("Ronde 2", "Gewijzigd sinds de vorige ronde")
			.contains("<del><span class=\"visually-hidden\">verwijderd: </span>niet meer</del>")
			.contains("<ins><span class=\"visually-hidden\">toegevoegd: </span>alleen met haar dochter</ins>");
		// Only the observations changed in step 3; steps 1, 2 and 4 were left alone.
		String ethics = changesOf(page, "step-ethics");
		assertThat(ethics).contains("<del>").doesNotContain("Geen wijzigingen");
		assertThat(ethics.split("<dt>", -1)).hasSize(2);
		for (String step : new String[] { "step-effect", "step-law", "step-action" }) {
			assertThat(changesOf(page, step)).as(step).contains("Geen wijzigingen").doesNotContain("<del>", "<ins>");
		}

		assertThat(
				this.mvc.perform(get("/review/cases/{id}", id).header("Accept-Language", "en").with(user(this.lead))))
			.bodyText()
			.contains("Round 2", "Changed since the previous round", "No changes",
					"<span class=\"visually-hidden\">deleted: </span>niet meer</del>");
		// The consultant's case page says which round the case is in.
		assertThat(this.mvc.perform(get("/cases/{id}", id).header("Accept-Language", "nl").with(user(this.consultant))))
			.bodyText()
			.contains("Ronde 2");
	}

	@Test
	void changedTextIsEscaped() {
		long id = this.caseFile.id();
		askForChanges(id);
		editEthics(id, OBSERVATIONS + " <script>alert(1)</script>");
		resubmit(id);
		assertThat(this.mvc.perform(get("/review/cases/{id}", id).with(user(this.lead)))).bodyText()
			.contains("&lt;script&gt;alert")
			.doesNotContain("<script>alert");
	}

	@Test
	void theLastTwoSubmissionsAreKept() {
		long id = this.caseFile.id();
		for (String observations : new String[] { OBSERVATIONS + " eén", OBSERVATIONS + " twee" }) {
			askForChanges(id);
			editEthics(id, observations);
			resubmit(id);
		}
		assertThat(this.cases.lastTwoSubmissions(id)).extracting(Submission::round).containsExactly(2, 3);
		assertThat(
				this.mvc.perform(get("/review/cases/{id}", id).header("Accept-Language", "nl").with(user(this.lead))))
			.bodyText()
			.contains("Ronde 3")
			.contains("<del><span class=\"visually-hidden\">verwijderd: </span>eén</del>")
			.contains("<ins><span class=\"visually-hidden\">toegevoegd: </span>twee</ins>");
	}

	private void askForChanges(long id) {
		assertThat(this.mvc.perform(post("/review/cases/{id}/decision", id).param("decision", "CHANGES_REQUESTED")
			.param("reason", "Beschrijf wat u zag.")
			.with(csrf())
			.with(user(this.lead)))).hasRedirectedUrl("/review/cases/" + id);
	}

	/** Saves step 3 as the fixture filled it, with other observations. */
	private void editEthics(long id, String observations) {
		long version = this.cases.summary(id, this.consultant).version();
		assertThat(this.mvc
			.perform(post("/cases/{id}/steps/ethics", id).param("realNeed", "Zekerheid en gezelschap onderweg")
				.param("observations", observations)
				.param("valuesAtStake", "AUTONOMY")
				.param("effectsShortTerm", "Weer buiten, eigen regie over de boodschappen")
				.param("effectsLongTerm", "Minder eenzaam, langer thuis wonen")
				.param("impartial", "true")
				.param("version", String.valueOf(version))
				.with(csrf())
				.with(user(this.consultant))))
			.hasRedirectedUrl("/cases/" + id + "/steps/ethics");
	}

	private void resubmit(long id) {
		long version = this.cases.summary(id, this.consultant).version();
		assertThat(this.mvc.perform(post("/cases/{id}/submit", id).param("version", String.valueOf(version))
			.with(csrf())
			.with(user(this.consultant)))).hasRedirectedUrl("/cases/" + id);
	}

	/** What the page says under a step's heading before the step itself. */
	private static String changesOf(String page, String headingId) {
		int start = page.indexOf("id=\"" + headingId + "\"");
		assertThat(start).as(headingId).isPositive();
		return page.substring(start, page.indexOf("<div class=\"row g-4\">", start));
	}

}
