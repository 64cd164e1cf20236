package nl.omgekeerdetoets.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.omgekeerdetoets.support.DatabaseBeforeMigration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V14 moves the single evaluation of existing cases to their 6-month follow-up: on a
 * database of its own, migrated to the version before V14, cases are stored in the old
 * shape; then the app's Flyway scripts run on and the follow-ups must hold what the
 * evaluations said, due 6 and 12 months after the day the lead approved.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowUpMigrationTest {

	JdbcClient jdbc;

	long evaluated;

	long approved;

	long approvedWithoutDecision;

	long draft;

	@BeforeAll
	void oldEvaluationsThenMigrated() {
		DatabaseBeforeMigration database = DatabaseBeforeMigration.create("follow_up_migration", "14")
			.withTeamAndConsultant();
		this.jdbc = database.jdbc();
		this.jdbc.sql("""
				insert into account (id, username, display_name, password_hash, role, active, created_at, version)
				overriding system value values (2, 'leider', 'Lotte', '{noop}x', 'TEAM_LEAD', true, now(), 0)
				""").update();
		this.evaluated = caseFile("M-1", "EVALUATED", "2026-01-20 09:00+00", "2026-08-03 14:00+00");
		this.approved = caseFile("M-2", "APPROVED", "2026-03-01 09:00+00", null);
		this.approvedWithoutDecision = caseFile("M-3", "APPROVED", "2026-04-10 09:00+00", null);
		this.draft = caseFile("M-4", "DRAFT", null, null);
		// Approved just before midnight UTC: already the first of February in Amsterdam.
		decision(this.evaluated, 1, "CHANGES_REQUESTED", "2026-01-25 10:00+00");
		decision(this.evaluated, 2, "APPROVED", "2026-01-31 23:30+00");
		decision(this.approved, 1, "APPROVED", "2026-03-31 12:00+00");
		this.jdbc
			.sql("""
					insert into case_effect (case_id, position, description, indicator, outcome, outcome_note)
					values (:evaluated, 0, 'Zelf boodschappen doen', 'Twee keer per week', 'PARTLY', 'Markt wel, supermarkt niet'),
					       (:evaluated, 1, 'Minder eenzaam', 'Een vaste afspraak per week', 'REACHED', null),
					       (:evaluated, 2, 'Schulden op orde', 'Geen nieuwe achterstand', 'NOT_REACHED', 'Nieuwe huurachterstand'),
					       (:approved, 0, 'Weer naar werk', 'Drie dagen per week', null, null)
					""")
			.param("evaluated", this.evaluated)
			.param("approved", this.approved)
			.update();

		database.migrateTheRest();
	}

	private long caseFile(String reference, String status, String submittedAt, String evaluatedAt) {
		return this.jdbc.sql("""
				insert into case_file (reference, title, resident, question_as_asked, team_id, owner_id, status,
				                       current_step, created_at, updated_at, submitted_at, evaluated_at)
				values (:reference, 'Casus', 'mevr. J.', 'Vraag', 1, 1, :status, 5, timestamptz '2026-01-02 09:00+00',
				        coalesce(cast(:evaluatedAt as timestamptz), cast(:submittedAt as timestamptz), now()),
				        cast(:submittedAt as timestamptz), cast(:evaluatedAt as timestamptz))
				returning id
				""")
			.param("reference", reference)
			.param("status", status)
			.param("submittedAt", submittedAt)
			.param("evaluatedAt", evaluatedAt)
			.query(Long.class)
			.single();
	}

	private void decision(long caseId, int round, String decision, String at) {
		this.jdbc.sql("""
				insert into review_decision (case_id, round, reviewer_id, decision, reason, decided_at)
				values (:case, :round, 2, :decision, null, cast(:at as timestamptz))
				""").param("case", caseId).param("round", round).param("decision", decision).param("at", at).update();
	}

	@Test
	void anEvaluationBecomesTheRecordedSixMonthFollowUpWithEveryEffect() {
		Map<String, Object> six = followUp(this.evaluated, 6);
		assertThat(six.get("recorded_by")).isEqualTo(1L);
		assertThat(six.get("recorded_at").toString()).startsWith("2026-08-03");
		assertThat(this.jdbc.sql("""
				select r.position, r.outcome, r.note from case_follow_up_result r
				join case_follow_up f on f.id = r.follow_up_id where f.case_id = :case and f.months = 6
				order by r.position
				""").param("case", this.evaluated).query((rs, n) -> rs.getString(2) + ":" + rs.getString(3)).list())
			.containsExactly("PARTLY:Markt wel, supermarkt niet", "REACHED:null", "NOT_REACHED:Nieuwe huurachterstand");
		assertThat(followUp(this.evaluated, 12).get("recorded_at")).isNull();
	}

	@Test
	void followUpsAreDueSixAndTwelveMonthsAfterTheDayOfTheLastApprovalInAmsterdam() {
		assertThat(followUp(this.evaluated, 6).get("due_on")).isEqualTo(java.sql.Date.valueOf("2026-08-01"));
		assertThat(followUp(this.evaluated, 12).get("due_on")).isEqualTo(java.sql.Date.valueOf("2027-02-01"));
		// The end of March plus six months is the end of September, as in Java.
		assertThat(followUp(this.approved, 6).get("due_on"))
			.isEqualTo(java.sql.Date.valueOf(LocalDate.of(2026, 3, 31).plusMonths(6)));
		// Without a decision, the approval followed the last submission.
		assertThat(followUp(this.approvedWithoutDecision, 6).get("due_on"))
			.isEqualTo(java.sql.Date.valueOf("2026-10-10"));
	}

	@Test
	void theNextFollowUpIsKeptOnTheCaseForTheLists() {
		assertThat(next(this.evaluated)).containsExactly(12, java.sql.Date.valueOf("2027-02-01"));
		assertThat(next(this.approved)).containsExactly(6, java.sql.Date.valueOf("2026-09-30"));
		assertThat(next(this.draft)).containsExactly(null, null);
	}

	@Test
	void aCaseNotApprovedGetsNoFollowUpsAndTheOldColumnsAreGone() {
		assertThat(this.jdbc.sql("select count(*) from case_follow_up where case_id = :case")
			.param("case", this.draft)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc
			.sql("select count(*) from information_schema.columns "
					+ "where table_name = 'case_effect' and column_name in ('outcome', 'outcome_note')")
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from case_follow_up").query(Long.class).single()).isEqualTo(6);
	}

	private Map<String, Object> followUp(long caseId, int months) {
		return this.jdbc.sql("select * from case_follow_up where case_id = :case and months = :months")
			.param("case", caseId)
			.param("months", months)
			.query()
			.singleRow();
	}

	private List<Object> next(long caseId) {
		Map<String, Object> row = this.jdbc.sql("select follow_up_months, follow_up_due from case_file where id = :id")
			.param("id", caseId)
			.query()
			.singleRow();
		return java.util.Arrays.asList(row.get("follow_up_months"), row.get("follow_up_due"));
	}

}
