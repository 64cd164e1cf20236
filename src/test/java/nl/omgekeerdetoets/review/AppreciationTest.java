package nl.omgekeerdetoets.review;

import nl.omgekeerdetoets.cases.CaseSummary;
import nl.omgekeerdetoets.cases.CaseFixtures;
import nl.omgekeerdetoets.cases.CaseService;
import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.teams.Role;
import nl.omgekeerdetoets.teams.SignedInUser;
import nl.omgekeerdetoets.support.TestFixtures.TestTeam;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
 * Compliments that say what was good, shared with the team only; exemplary cases that
 * reach the organisation only without personal data.
 */
@IntegrationTest
class AppreciationTest {

	static final String SPECIFIC = "Je hield het effect zuiver: achter de vraag om een scootmobiel zag je dat het om gezelschap ging.";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	CaseFixtures caseFixtures;

	@Autowired
	CaseService cases;

	TestTeam team;

	SignedInUser consultant;

	SignedInUser lead;

	CaseSummary caseFile;

	@BeforeEach
	void aCaseInReview() {
		this.team = this.fixtures.team();
		this.consultant = this.fixtures.signedIn(this.fixtures.account(Role.CONSULTANT, this.team));
		this.lead = this.fixtures.signedIn(this.fixtures.account(Role.TEAM_LEAD, this.team));
		this.caseFile = this.caseFixtures.submitted(this.consultant);
	}

	@Test
	void aStockPhraseIsRefusedWithAQuestion() {
		assertThat(this.mvc.perform(post("/review/cases/{id}/compliments", this.caseFile.id()).param("step", "EFFECT")
			.param("text", "Goed gedaan!")
			.header("Accept-Language", "nl")
			.with(csrf())
			.with(user(this.lead)))).hasStatusOk()
			.bodyText()
			.contains("Wat was er precies goed?")
			// The field itself is marked (issue 9), not only the message.
			.containsPattern("<textarea(?=[^>]*id=\"compliment-text\")(?=[^>]*aria-invalid=\"true\")"
					+ "(?=[^>]*is-invalid)[^>]*>");
	}

	@Test
	void aComplimentNamesAStep() {
		assertThat(this.mvc.perform(post("/review/cases/{id}/compliments", this.caseFile.id()).param("text", SPECIFIC)
			.with(csrf())
			.with(user(this.lead)))).model().extractingBindingResult("complimentForm").hasFieldErrors("step");
	}

	@Test
	void aSpecificComplimentReachesTheConsultant() {
		assertThat(this.mvc.perform(post("/review/cases/{id}/compliments", this.caseFile.id()).param("step", "EFFECT")
			.param("text", SPECIFIC)
			.with(csrf())
			.with(user(this.lead)))).hasRedirectedUrl("/review/cases/" + this.caseFile.id());
		assertThat(this.mvc.perform(get("/").with(user(this.consultant)))).bodyText().contains(SPECIFIC);
		assertThat(this.mvc.perform(get("/cases/{id}", this.caseFile.id()).with(user(this.consultant)))).bodyText()
			.contains(SPECIFIC);
	}

	@Test
	void aSharedComplimentIsVisibleToTheTeamOnly() {
		String shared = SPECIFIC + " (gedeeld " + TestFixtures.unique("x") + ")";
		String unshared = SPECIFIC + " (niet gedeeld " + TestFixtures.unique("y") + ")";
		String reviewPage = "/review/cases/" + this.caseFile.id();
		assertThat(this.mvc.perform(post("/review/cases/{id}/compliments", this.caseFile.id()).param("step", "LAW")
			.param("text", shared)
			.param("share", "true")
			.with(csrf())
			.with(user(this.lead)))).hasRedirectedUrl(reviewPage);
		assertThat(this.mvc.perform(post("/review/cases/{id}/compliments", this.caseFile.id()).param("step", "LAW")
			.param("text", unshared)
			.with(csrf())
			.with(user(this.lead)))).hasRedirectedUrl(reviewPage);
		SignedInUser colleague = this.fixtures.signedIn(this.fixtures.account(Role.CONSULTANT, this.team));
		SignedInUser otherTeam = this.fixtures.signedIn(this.fixtures.account(Role.CONSULTANT, this.fixtures.team()));
		assertThat(this.mvc.perform(get("/team/compliments").with(user(colleague)))).bodyText()
			.contains(shared)
			.doesNotContain(unshared);
		assertThat(this.mvc.perform(get("/team/compliments").with(user(otherTeam)))).bodyText().doesNotContain(shared);
	}

	@Test
	void anExemplarySummaryWithPersonalDataIsRefusedWithWhatWasFound() {
		approve();
		assertThat(this.mvc
			.perform(post("/review/cases/{id}/exemplary", this.caseFile.id()).param("shareOrganisation", "true")
				.param("title", "Gezelschap in plaats van een scootmobiel")
				.param("summary", "Mevr. J. uit 1234 AB, bereikbaar op 06-12345678, vroeg een scootmobiel.")
				.param("reasoning", "Het effect was gezelschap.")
				.header("Accept-Language", "nl")
				.with(csrf())
				.with(user(this.lead))))
			.hasStatusOk()
			.bodyText()
			.contains("Een postcode: 1234 AB")
			.contains("Een telefoonnummer: 06-12345678")
			.contains("Het pseudoniem van de inwoner: Mevr. J.")
			// The findings link to the summary field, which is marked and refers to them.
			.contains("href=\"#summary\"")
			.containsPattern("<textarea(?=[^>]*id=\"summary\")(?=[^>]*aria-invalid=\"true\")"
					+ "(?=[^>]*aria-describedby=\"[^\"]*summary-error)[^>]*>");
		assertThat(this.mvc.perform(get("/exemplary").param("q", "Gezelschap in plaats").with(user(this.consultant))))
			.bodyText()
			.doesNotContain("1234 AB");
	}

	@Test
	void aCleanExemplaryCaseIsSharedAcrossTheOrganisationWithoutTheCase() {
		approve();
		String title = TestFixtures.unique("Gezelschap in plaats van een scootmobiel");
		assertThat(this.mvc
			.perform(post("/review/cases/{id}/exemplary", this.caseFile.id()).param("shareOrganisation", "true")
				.param("title", title)
				.param("summary", "Een oudere inwoner vroeg een scootmobiel na een val.")
				.param("reasoning", "Het effect achter de vraag was gezelschap en zekerheid op straat.")
				.param("steps", "EFFECT")
				.with(csrf())
				.with(user(this.lead))))
			.hasRedirectedUrl("/review/cases/" + this.caseFile.id());
		SignedInUser elsewhere = this.fixtures.signedIn(this.fixtures.account(Role.CONSULTANT, this.fixtures.team()));
		assertThat(this.mvc.perform(get("/exemplary").param("q", title).param("step", "EFFECT").with(user(elsewhere))))
			.bodyText()
			.contains(title)
			.contains("Het effect achter de vraag was gezelschap")
			.doesNotContain(this.caseFile.reference())
			.doesNotContain("/cases/" + this.caseFile.id());
		assertThat(this.mvc.perform(get("/exemplary").param("q", title).param("step", "ACTION").with(user(elsewhere))))
			.bodyText()
			.doesNotContain("Het effect achter de vraag was gezelschap");
	}

	@ParameterizedTest(name = "marked only {0}: in the organisation's library: {1}")
	@CsvSource({ "forTraining, false", "proposeCasebook, false", "shareOrganisation, true" })
	void theLibraryShowsOnlyWhatTheLeadChoseToShare(String reason, boolean listed) throws Exception {
		approve();
		String title = TestFixtures.unique("Alleen " + reason);
		assertThat(this.mvc.perform(post("/review/cases/{id}/exemplary", this.caseFile.id()).param(reason, "true")
			.param("title", title)
			.param("summary", "Een inwoner vroeg om meer uren hulp.")
			.param("reasoning", "Eerst het effect, dan de regel; " + reason + ".")
			.with(csrf())
			.with(user(this.lead)))).hasRedirectedUrl("/review/cases/" + this.caseFile.id());
		SignedInUser elsewhere = this.fixtures.signedIn(this.fixtures.account(Role.CONSULTANT, this.fixtures.team()));
		String library = this.mvc.perform(get("/exemplary").param("q", title).with(user(elsewhere)))
			.getResponse()
			.getContentAsString();
		// The search box shows the title typed; the reasoning appears only with a listed
		// example.
		assertThat(library.contains("Eerst het effect, dan de regel; " + reason)).as("listed").isEqualTo(listed);
	}

	@Test
	void markingACaseStillInReviewLeadsBackToTheReviewWithTheReason() {
		var result = this.mvc.perform(get("/review/cases/{id}/exemplary", this.caseFile.id()).with(user(this.lead)));
		assertThat(result).hasRedirectedUrl("/review/cases/" + this.caseFile.id());
		assertThat(result).flash().containsEntry("problem", "exemplary.notApproved");
	}

	@Test
	void onlyAnApprovedCaseBecomesAnExample() {
		assertThat(this.mvc
			.perform(post("/review/cases/{id}/exemplary", this.caseFile.id()).param("shareOrganisation", "true")
				.param("title", "Te vroeg")
				.param("summary", "Samenvatting")
				.param("reasoning", "Redenering")
				.header("Accept-Language", "nl")
				.with(csrf())
				.with(user(this.lead))))
			.hasStatusOk()
			.bodyText()
			.contains("Alleen een goedgekeurde casus kan een voorbeeld worden.");
	}

	private void approve() {
		assertThat(
				this.mvc.perform(post("/review/cases/{id}/decision", this.caseFile.id()).param("decision", "APPROVED")
					.with(csrf())
					.with(user(this.lead))))
			.hasRedirectedUrl("/review/cases/" + this.caseFile.id());
	}

}
