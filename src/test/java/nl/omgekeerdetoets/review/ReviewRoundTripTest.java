package nl.omgekeerdetoets.review;

import nl.omgekeerdetoets.cases.CaseFeedback;
import nl.omgekeerdetoets.cases.CaseSummary;
import nl.omgekeerdetoets.cases.CaseFixtures;
import nl.omgekeerdetoets.cases.CaseService;
import nl.omgekeerdetoets.cases.CaseStatus;
import nl.omgekeerdetoets.cases.Step;
import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.teams.Role;
import nl.omgekeerdetoets.teams.SignedInUser;
import nl.omgekeerdetoets.support.TestFixtures.TestTeam;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A whole review round trip through the web layer: comment, ask for changes, answer and
 * resolve, resubmit, approve.
 */
@IntegrationTest
class ReviewRoundTripTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	CaseFixtures caseFixtures;

	@Autowired
	CaseService cases;

	@Autowired
	CaseFeedback feedback;

	@Autowired
	NotificationService notifications;

	@Autowired
	ReviewService reviews;

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
	void theLeadsQueueListsTheCaseWithItsConsultant() {
		assertThat(this.mvc.perform(get("/review").with(user(this.lead)))).hasStatusOk()
			.bodyText()
			.contains(this.caseFile.reference());
		assertThat(this.reviews
			.queue(this.lead, this.reviews.queueSize(this.lead), org.springframework.data.domain.Pageable.ofSize(25))
			.rows()).extracting(nl.omgekeerdetoets.cases.ReviewQueue.QueuedCase::id).contains(this.caseFile.id());
	}

	@Test
	void commentAskForChangesResolveResubmitApprove() throws Exception {
		long id = this.caseFile.id();
		assertThat(this.mvc.perform(post("/review/cases/{id}/comments", id).param("step", "ETHICS")
			.param("field", "ethics.observations")
			.param("text", "Welke waarnemingen horen hierbij? Nu lees ik vooral indrukken.")
			.with(csrf())
			.with(user(this.lead)))).hasRedirectedUrl("/review/cases/" + id + "#step-ethics");

		// Asking for changes needs a reason.
		assertThat(this.mvc.perform(post("/review/cases/{id}/decision", id).param("decision", "CHANGES_REQUESTED")
			.with(csrf())
			.with(user(this.lead)))).hasStatusOk()
			.model()
			.extractingBindingResult("decisionForm")
			.hasFieldErrorCode("reason", "review.reason.required");
		assertThat(this.mvc.perform(post("/review/cases/{id}/decision", id).param("decision", "CHANGES_REQUESTED")
			.param("reason", "Onderbouw stap 3 met waarnemingen.")
			.with(csrf())
			.with(user(this.lead)))).hasRedirectedUrl("/review/cases/" + id);
		assertThat(this.cases.summary(id, this.consultant).status()).isEqualTo(CaseStatus.CHANGES_REQUESTED);
		// The decision reaches the consultant once it has committed, from the
		// CaseApproved
		// event's listener.
		await().untilAsserted(() -> assertThat(this.notifications.unreadCount(this.consultant.id())).isEqualTo(2));

		// The consultant sees the comment beside step 3, answers and resolves it.
		assertThat(this.mvc.perform(get("/cases/{id}", id).with(user(this.consultant)))).hasStatusOk()
			.bodyText()
			.contains("Welke waarnemingen horen hierbij?");
		CaseFeedback.StepComment comment = this.feedback.commentsOn(id).get(0);
		assertThat(comment.step()).isEqualTo(Step.ETHICS);
		assertThat(comment.round()).isEqualTo(1);
		String commentOnCasePage = "/cases/" + id + "#comment-" + comment.id();
		assertThat(this.mvc
			.perform(post("/feedback/comments/{id}/answer", comment.id()).param("answer", "Aangevuld met wat ik zag.")
				.with(csrf())
				.with(user(this.consultant))))
			.hasRedirectedUrl(commentOnCasePage)
			.flash()
			.containsEntry("saved", "feedback.answered");
		assertThat(this.mvc
			.perform(post("/feedback/comments/{id}/resolve", comment.id()).with(csrf()).with(user(this.consultant))))
			.hasRedirectedUrl(commentOnCasePage)
			.flash()
			.containsEntry("saved", "feedback.resolved");
		CaseFeedback.StepComment resolved = this.feedback.commentsOn(id).get(0);
		assertThat(resolved.resolved()).isTrue();
		assertThat(resolved.answer()).isEqualTo("Aangevuld met wat ik zag.");

		// The consultant edits step 3 and resubmits.
		long version = this.cases.summary(id, this.consultant).version();
		assertThat(this.mvc.perform(post("/cases/{id}/steps/ethics", id)
			.param("realNeed", "Zekerheid en gezelschap onderweg")
			.param("observations", "Zag haar twee keer stilstaan bij de drempel; zij zei: ik durf niet meer alleen.")
			.param("valuesAtStake", "AUTONOMY")
			.param("effectsShortTerm", "Weer buiten")
			.param("effectsLongTerm", "Minder eenzaam")
			.param("impartial", "true")
			.param("version", String.valueOf(version))
			.with(csrf())
			.with(user(this.consultant)))).hasRedirectedUrl("/cases/" + id + "/steps/ethics");
		version = this.cases.summary(id, this.consultant).version();
		assertThat(this.mvc.perform(post("/cases/{id}/submit", id).param("version", String.valueOf(version))
			.with(csrf())
			.with(user(this.consultant)))).hasRedirectedUrl("/cases/" + id);

		// The lead approves in round 2; both rounds are kept.
		assertThat(this.mvc.perform(post("/review/cases/{id}/decision", id).param("decision", "APPROVED")
			.with(csrf())
			.with(user(this.lead)))).hasRedirectedUrl("/review/cases/" + id);
		assertThat(this.cases.summary(id, this.consultant).status()).isEqualTo(CaseStatus.APPROVED);
		assertThat(this.reviews.rounds(id)).extracting(ReviewDecision::getRound, ReviewDecision::getDecision)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, ReviewDecision.Kind.CHANGES_REQUESTED),
					org.assertj.core.groups.Tuple.tuple(2, ReviewDecision.Kind.APPROVED));
		// The review page lists both rounds: who decided, and why changes were asked.
		String page = this.mvc
			.perform(get("/review/cases/{id}", id).header("Accept-Language", "nl").with(user(this.lead)))
			.getResponse()
			.getContentAsString();
		String rounds = page.substring(page.indexOf("id=\"rounds-title\""));
		assertThat(rounds.split(java.util.regex.Pattern.quote(this.lead.displayName()), -1)).hasSize(3);
		assertThat(rounds).contains("Onderbouw stap 3 met waarnemingen.");
	}

	@Test
	void aFormShownAgainAfterAFailedPostSwitchesLanguageOnThePageItWasOn() {
		assertThat(this.mvc.perform(post("/review/cases/{id}/comments", this.caseFile.id()).param("step", "LAW")
			.param("text", " ")
			.header("Referer", "http://localhost/review/cases/" + this.caseFile.id())
			.with(csrf())
			.with(user(this.lead)))).hasStatusOk()
			.bodyText()
			.contains("href=\"/review/cases/" + this.caseFile.id() + "?lang=en\"")
			.doesNotContain("/comments?lang=");
	}

	@Test
	void theConsultantIsToldWhatIsNew() {
		assertThat(
				this.mvc.perform(post("/review/cases/{id}/decision", this.caseFile.id()).param("decision", "APPROVED")
					.with(csrf())
					.with(user(this.lead))))
			.hasRedirectedUrl("/review/cases/" + this.caseFile.id());
		await().untilAsserted(() -> assertThat(this.notifications.unreadCount(this.consultant.id())).isPositive());
		assertThat(this.mvc.perform(get("/").with(user(this.consultant)))).bodyText().contains("nav-badge");
		assertThat(this.mvc.perform(get("/notifications").header("Accept-Language", "nl").with(user(this.consultant))))
			.bodyText()
			.contains("Casus " + this.caseFile.reference() + " is goedgekeurd.");
		assertThat(this.notifications.unreadCount(this.consultant.id())).isZero();
	}

}
