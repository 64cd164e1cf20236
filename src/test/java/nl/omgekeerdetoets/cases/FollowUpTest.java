package nl.omgekeerdetoets.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.support.TestFixtures.TestTeam;
import nl.omgekeerdetoets.teams.Role;
import nl.omgekeerdetoets.teams.SignedInUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 10: the follow-ups after 6 and 12 months, from the outside. Who may record them
 * per role is in {@link CaseActionMatrixTest}; here what they record, when, and how lists
 * and the start page show what is due.
 */
@IntegrationTest
class FollowUpTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	CaseFixtures caseFixtures;

	@Autowired
	CaseService cases;

	@Autowired
	FollowUps followUps;

	@Autowired
	Clock clock;

	TestTeam team;

	SignedInUser consultant;

	SignedInUser lead;

	LocalDate today;

	@BeforeEach
	void aTeam() {
		this.team = this.fixtures.team();
		this.consultant = this.fixtures.signedIn(this.fixtures.account(Role.CONSULTANT, this.team));
		this.lead = this.fixtures.signedIn(this.fixtures.account(Role.TEAM_LEAD, this.team));
		this.today = LocalDate.now(this.clock);
	}

	@Test
	void approvalSchedulesBothFollowUpsAndTheCasePageShowsTheirDates() {
		CaseFile caseFile = approved();
		assertThat(caseFile.getFollowUps()).extracting(FollowUp::getMonths, FollowUp::getDueOn)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(6, this.today.plusMonths(6)),
					org.assertj.core.groups.Tuple.tuple(12, this.today.plusMonths(12)));
		assertThat(caseFile.getFollowUpDue()).isEqualTo(this.today.plusMonths(6));

		assertThat(page(get("/cases/{id}", caseFile.getId()), "nl")).hasStatusOk()
			.bodyText()
			.contains("Evaluatie na 6 maanden: " + dutch(this.today.plusMonths(6)))
			.contains("Evaluatie na 12 maanden: " + dutch(this.today.plusMonths(12)))
			.contains("/cases/" + caseFile.getId() + "/follow-ups/6")
			.doesNotContain("/cases/" + caseFile.getId() + "/follow-ups/12\"");
	}

	@Test
	void recordingBeforeItIsDueNeedsAReasonOnItsFieldInBothLanguagesAndKeepsWhatWasTyped() {
		CaseFile caseFile = approved();
		for (String[] language : new String[][] { { "nl", "Schrijf op waarom u deze evaluatie nu al vastlegt." },
				{ "en", "Say why you are recording this follow-up now already." } }) {
			MvcTestResult result = page(
					post("/cases/{id}/follow-ups/6", caseFile.getId()).param("outcomes[0].outcome", "PARTLY")
						.param("outcomes[0].note", "Markt lukt, supermarkt nog niet")
						.param("version", String.valueOf(caseFile.getVersion())),
					language[0]);
			assertThat(result).hasStatusOk()
				.model()
				.extractingBindingResult("followUpForm")
				.hasFieldErrors("earlyReason");
			assertThat(result).bodyText()
				.contains("error-summary")
				.contains("href=\"#earlyReason\"")
				.contains(language[1])
				.contains("Markt lukt, supermarkt nog niet");
		}
		assertThat(read(caseFile).getStatus()).isEqualTo(CaseStatus.APPROVED);

		assertThat(page(post("/cases/{id}/follow-ups/6", caseFile.getId()).param("outcomes[0].outcome", "PARTLY")
			.param("outcomes[0].note", "Markt lukt, supermarkt nog niet")
			.param("earlyReason", "De inwoner verhuist volgende maand")
			.param("version", String.valueOf(caseFile.getVersion())), "nl"))
			.hasRedirectedUrl("/cases/" + caseFile.getId() + "#follow-ups-title");
		CaseFile recorded = read(caseFile);
		FollowUp six = recorded.followUp(6);
		assertThat(recorded.getStatus()).isEqualTo(CaseStatus.EVALUATED);
		assertThat(six.getRecordedBy()).isEqualTo(this.consultant.id());
		assertThat(six.getRecordedAt()).isNotNull();
		assertThat(six.getEarlyReason()).isEqualTo("De inwoner verhuist volgende maand");
		assertThat(six.resultFor(0).getOutcome()).isEqualTo(Choices.Outcome.PARTLY);
		assertThat(six.resultFor(0).getNote()).isEqualTo("Markt lukt, supermarkt nog niet");
		assertThat(recorded.getFollowUpMonths()).isEqualTo(12);
		// Who recorded it, by name, on the case page and on the follow-up's own page.
		String recordedBy = "Vastgelegd door " + this.consultant.displayName() + " op";
		assertThat(page(get("/cases/{id}", caseFile.getId()), "nl")).bodyText().contains(recordedBy);
		assertThat(page(get("/cases/{id}/follow-ups/6", caseFile.getId()), "nl")).bodyText().contains(recordedBy);
	}

	@Test
	void withinTwoWeeksOfItsDateAFollowUpIsOnTimeAndNeedsNoReason() {
		CaseFile caseFile = approvedOn(this.today.minusMonths(6).plusDays(FollowUp.DUE_WINDOW_DAYS));
		assertThat(page(get("/cases/{id}/follow-ups/6", caseFile.getId()), "nl")).hasStatusOk()
			.bodyText()
			.doesNotContain("earlyReason");
		record(caseFile, 6, "REACHED", null);
		assertThat(read(caseFile).followUp(6).getEarlyReason()).isNull();

		CaseFile dayBefore = approvedOn(this.today.minusMonths(6).plusDays(FollowUp.DUE_WINDOW_DAYS + 1));
		assertThat(page(get("/cases/{id}/follow-ups/6", dayBefore.getId()), "nl")).bodyText().contains("earlyReason");
	}

	@Test
	void aMissingOutcomeOrABsnInANoteIsRefusedOnItsFieldAndNothingIsSaved() {
		CaseFile caseFile = approvedOn(this.today.minusMonths(6));
		assertThat(page(post("/cases/{id}/follow-ups/6", caseFile.getId()).param("outcomes[0].note", "Getypt")
			.param("version", String.valueOf(caseFile.getVersion())), "nl")).hasStatusOk()
			.model()
			.extractingBindingResult("followUpForm")
			.hasFieldErrors("outcomes[0].outcome");
		assertThat(page(post("/cases/{id}/follow-ups/6", caseFile.getId()).param("outcomes[0].outcome", "REACHED")
			.param("outcomes[0].note", "BSN 111222333")
			.param("version", String.valueOf(caseFile.getVersion())), "nl")).hasStatusOk()
			.model()
			.extractingBindingResult("followUpForm")
			.hasFieldErrors("outcomes[0].note");
		assertThat(page(post("/cases/{id}/follow-ups/6", caseFile.getId()).param("outcomes[0].outcome", "SOMETIMES")
			.param("version", String.valueOf(caseFile.getVersion())), "nl")).hasStatusOk()
			.model()
			.extractingBindingResult("followUpForm")
			.hasFieldErrors("outcomes[0].outcome");
		assertThat(read(caseFile).followUp(6).isRecorded()).isFalse();
	}

	@Test
	void aStaleVersionIsAConflictOnTheFormThatKeepsWhatWasTyped() {
		CaseFile caseFile = approvedOn(this.today.minusMonths(6));
		MvcTestResult result = page(
				post("/cases/{id}/follow-ups/6", caseFile.getId()).param("outcomes[0].outcome", "REACHED")
					.param("outcomes[0].note", "Gaat nu elke week zelf")
					.param("version", String.valueOf(caseFile.getVersion() - 1)),
				"nl");
		assertThat(result).hasStatusOk().model().extractingBindingResult("followUpForm").hasErrorsCount(1);
		assertThat(result).bodyText()
			.contains("Gaat nu elke week zelf")
			.contains("name=\"version\" value=\"" + caseFile.getVersion() + "\"");
		assertThat(read(caseFile).followUp(6).isRecorded()).isFalse();
	}

	@Test
	void theTwelveMonthFollowUpOpensOnceTheSixMonthOneIsRecordedOrDue() {
		CaseFile fresh = approved();
		assertThat(page(get("/cases/{id}/follow-ups/12", fresh.getId()), "nl")).hasStatus(HttpStatus.CONFLICT);
		record(fresh, 6, "REACHED", "De hulp is eerder afgerond");
		assertThat(page(get("/cases/{id}/follow-ups/12", fresh.getId()), "nl")).hasStatusOk();

		CaseFile sixMonthsAgo = approvedOn(this.today.minusMonths(6));
		assertThat(page(get("/cases/{id}/follow-ups/12", sixMonthsAgo.getId()), "nl")).hasStatusOk();
		assertThat(page(get("/cases/{id}/follow-ups/9", sixMonthsAgo.getId()), "nl")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aCaseNotApprovedHasNoFollowUpToRecord() {
		CaseFile inReview = this.caseFixtures.inReview(this.consultant);
		assertThat(page(get("/cases/{id}/follow-ups/6", inReview.getId()), "nl")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(page(get("/cases/{id}", inReview.getId()), "nl")).hasStatusOk()
			.bodyText()
			.doesNotContain("follow-ups-title");
	}

	@Test
	void theOutcomeIsTheLatestFollowUpAlsoWhenTheEarlierOneIsCorrectedAfterwards() {
		CaseFile caseFile = approvedOn(this.today.minusMonths(12));
		record(caseFile, 6, "PARTLY", null);
		assertThat(read(caseFile).getOutcome().getMonths()).isEqualTo(6);
		record(caseFile, 12, "REACHED", null);
		record(caseFile, 6, "NOT_REACHED", null);

		CaseFile evaluated = read(caseFile);
		assertThat(evaluated.getOutcome().getMonths()).isEqualTo(12);
		assertThat(evaluated.getOutcome().resultFor(0).getOutcome()).isEqualTo(Choices.Outcome.REACHED);
		assertThat(evaluated.getFollowUpDue()).isNull();
		assertThat(page(get("/cases/{id}", caseFile.getId()), "nl")).bodyText()
			.contains("Uitkomst na 12 maanden:")
			.doesNotContain("Uitkomst na 6 maanden:");

		FollowUpResults results = this.followUps.resultsOf(caseFile.getId());
		assertThat(results.at(6).orElseThrow())
			.extracting(FollowUpResults.Tally::reached, FollowUpResults.Tally::partly,
					FollowUpResults.Tally::notReached)
			.containsExactly(0, 0, 1);
		assertThat(results.outcome().orElseThrow().months()).isEqualTo(12);
		assertThat(results.outcome().orElseThrow().reached()).isEqualTo(1);
	}

	@Test
	void dueAndOverdueFollowUpsAreMarkedInTheListsAndOnTheStartPage() throws Exception {
		CaseFile due = approvedOn(this.today.minusMonths(6).plusDays(FollowUp.DUE_WINDOW_DAYS));
		CaseFile overdue = approvedOn(this.today.minusMonths(6).minusDays(3));
		CaseFile later = approvedOn(this.today.minusMonths(6).plusDays(FollowUp.DUE_WINDOW_DAYS + 1));
		CaseFile sixRecorded = approvedOn(this.today.minusMonths(7));
		record(sixRecorded, 6, "REACHED", null);

		for (String list : new String[] { "/cases", "/cases/team" }) {
			SignedInUser who = list.equals("/cases") ? this.consultant : this.lead;
			String body = this.mvc.perform(get(list + "?sort=followUp").header("Accept-Language", "nl").with(user(who)))
				.getResponse()
				.getContentAsString();
			assertThat(rowOf(body, overdue)).contains("row-overdue").contains("Evaluatie te laat");
			assertThat(rowOf(body, due)).contains("row-due").contains("Evaluatie binnenkort");
			assertThat(rowOf(body, later)).doesNotContain("row-due", "row-overdue", "Evaluatie te laat",
					"Evaluatie binnenkort");
			assertThat(rowOf(body, sixRecorded)).contains("Evaluatie na 12 maanden")
				.doesNotContain("row-due", "row-overdue");
			assertThat(body.indexOf(overdue.getReference())).isLessThan(body.indexOf(due.getReference()));
		}

		String home = this.mvc.perform(get("/").header("Accept-Language", "nl").with(user(this.consultant)))
			.getResponse()
			.getContentAsString();
		String dueList = home.substring(home.indexOf("follow-ups-due-title"));
		assertThat(dueList)
			.contains("/cases/" + overdue.getId() + "#follow-ups-title", "Evaluatie te laat",
					"/cases/" + due.getId() + "#follow-ups-title", "Evaluatie binnenkort")
			.doesNotContain("/cases/" + later.getId() + "#", "/cases/" + sixRecorded.getId() + "#");
		assertThat(dueList.indexOf("/cases/" + overdue.getId() + "#"))
			.isLessThan(dueList.indexOf("/cases/" + due.getId() + "#"));
	}

	@Test
	void theStartPageShowsAFewFollowUpsDueAndLinksToTheRest() {
		for (int i = 0; i < 7; i++) {
			approvedOn(this.today.minusMonths(6).minusDays(i));
		}
		DueFollowUps due = this.followUps.dueFor(this.consultant, 5);
		assertThat(due.followUps()).hasSize(5)
			.allSatisfy((f) -> assertThat(f.overdue() || f.dueOn().equals(this.today)).isTrue());
		assertThat(due.more()).isTrue();
		assertThat(this.mvc.perform(get("/").header("Accept-Language", "en").with(user(this.consultant)))).bodyText()
			.contains("Follow-ups coming up")
			.contains("/cases?sort=followUp");
	}

	private String rowOf(String body, CaseFile caseFile) {
		int at = body.indexOf(">" + caseFile.getReference() + "<");
		assertThat(at).as("row of %s", caseFile.getReference()).isPositive();
		return body.substring(body.lastIndexOf("<tr", at), body.indexOf("</tr>", at));
	}

	private CaseFile approved() {
		CaseFile inReview = this.caseFixtures.inReview(this.consultant);
		this.cases.approve(inReview.getId(), this.lead);
		return read(inReview);
	}

	private CaseFile approvedOn(LocalDate day) {
		return this.caseFixtures.approvedOn(this.consultant, this.lead, day);
	}

	private void record(CaseFile caseFile, int months, String outcome, String earlyReason) {
		MockHttpServletRequestBuilder request = post("/cases/{id}/follow-ups/{months}", caseFile.getId(), months)
			.param("outcomes[0].outcome", outcome)
			.param("version", String.valueOf(read(caseFile).getVersion()));
		if (earlyReason != null) {
			request.param("earlyReason", earlyReason);
		}
		assertThat(page(request, "nl")).hasStatus3xxRedirection();
	}

	private MvcTestResult page(MockHttpServletRequestBuilder request, String language) {
		return this.mvc.perform(request.header("Accept-Language", language).with(user(this.consultant)).with(csrf()));
	}

	private CaseFile read(CaseFile caseFile) {
		return this.cases.read(caseFile.getId(), this.consultant);
	}

	private static String dutch(LocalDate date) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
			.withLocale(Locale.forLanguageTag("nl"))
			.format(date);
	}

}
