package nl.omgekeerdetoets.review;

import java.sql.Timestamp;
import java.time.Instant;

import nl.omgekeerdetoets.cases.CaseFeedback;
import nl.omgekeerdetoets.cases.CaseFixtures;
import nl.omgekeerdetoets.cases.CaseSummary;
import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.StatementRecorder;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.support.TestFixtures.TestAccount;
import nl.omgekeerdetoets.support.TestFixtures.TestTeam;
import nl.omgekeerdetoets.teams.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case page's and review page's feedback in one statement (issue 13) says the same as
 * the three lists it replaces: each kind in its order, with its authors' names.
 */
@IntegrationTest
class ReviewFeedbackTest {

	@Autowired
	ReviewFeedback feedback;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	CaseFixtures caseFixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StatementRecorder recorder;

	@Test
	void everythingInOneStatementIsWhatTheThreeListsSay() throws Exception {
		TestTeam team = this.fixtures.team();
		TestAccount consultant = this.fixtures.account(Role.CONSULTANT, team);
		TestAccount lead = this.fixtures.account(Role.TEAM_LEAD, team);
		TestAccount otherLead = this.fixtures.account(Role.TEAM_LEAD, team);
		CaseSummary c = this.caseFixtures.submitted(this.fixtures.signedIn(consultant));
		Instant t = Instant.parse("2026-11-02T10:00:00Z");
		comment(c, lead, "ETHICS", 1, "Welke waarden wegen het zwaarst?", "Autonomie", t.plusSeconds(60));
		comment(c, otherLead, "EFFECT", 2, "Is dit meetbaar?", null, t);
		comment(c, lead, "ACTION", 2, "Wie houdt de regie?", null, t);
		decision(c, lead, 2, "APPROVED", null, t.plusSeconds(300));
		decision(c, otherLead, 1, "CHANGES_REQUESTED", "Onderbouw stap 3", t.plusSeconds(120));
		compliment(c, team, consultant, lead, "EFFECT", "Scherp geformuleerd effect", t.plusSeconds(400));
		compliment(c, team, consultant, otherLead, "LAW", "Goed de bedoeling gezocht", t.plusSeconds(200));

		CaseFeedback.Everything everything = this.feedback.everythingOn(c.id());

		assertThat(everything.comments()).isEqualTo(this.feedback.commentsOn(c.id()));
		assertThat(everything.compliments()).isEqualTo(this.feedback.complimentsOn(c.id()));
		assertThat(everything.decisions()).isEqualTo(this.feedback.decisionsOn(c.id()));
		assertThat(everything.comments()).extracting(CaseFeedback.StepComment::author)
			.containsExactly(otherLead.getDisplayName(), lead.getDisplayName(), lead.getDisplayName());
		assertThat(everything.decisions()).extracting(CaseFeedback.Decision::round).containsExactly(1, 2);
		assertThat(everything.decisions().get(1).approved()).isTrue();
		assertThat(this.recorder.record(() -> this.feedback.everythingOn(c.id())).statements()).hasSize(1);
	}

	private void comment(CaseSummary c, TestAccount author, String step, int round, String text, String answer,
			Instant at) {
		this.jdbc.sql("""
				insert into review_comment (case_id, round, step, author_id, text, answer, created_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(c.id(), round, step, author.getId(), text, answer, Timestamp.from(at))
			.update();
	}

	private void decision(CaseSummary c, TestAccount reviewer, int round, String decision, String reason, Instant at) {
		this.jdbc.sql("""
				insert into review_decision (case_id, round, reviewer_id, decision, reason, decided_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(c.id(), round, reviewer.getId(), decision, reason, Timestamp.from(at))
			.update();
	}

	private void compliment(CaseSummary c, TestTeam team, TestAccount consultant, TestAccount lead, String step,
			String text, Instant at) {
		this.jdbc.sql("""
				insert into compliment (case_id, team_id, consultant_id, lead_id, step, text, created_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(c.id(), team.getId(), consultant.getId(), lead.getId(), step, text, Timestamp.from(at))
			.update();
	}

}
