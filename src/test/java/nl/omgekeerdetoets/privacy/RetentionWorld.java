package nl.omgekeerdetoets.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import nl.omgekeerdetoets.casebook.CasebookFixtures;
import nl.omgekeerdetoets.cases.CaseFixtures;
import nl.omgekeerdetoets.cases.CaseSummary;
import nl.omgekeerdetoets.teams.SignedInUser;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Cases for the retention tests: closed or last changed on a chosen day, in one law
 * domain, and one that holds a row in every table that references a case.
 */
final class RetentionWorld {

	static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private final JdbcClient jdbc;

	private final CaseFixtures cases;

	private final CasebookFixtures casebook;

	RetentionWorld(ApplicationContext context) {
		this.jdbc = context.getBean(JdbcClient.class);
		this.cases = context.getBean(CaseFixtures.class);
		this.casebook = new CasebookFixtures(context);
	}

	/** The rules as the tests expect them, confirmed: WMO 60 months, drafts 12. */
	void standardRules() {
		this.jdbc.sql("update retention_rule set keep_months = 60 where law_domain = 'WMO'").update();
		this.jdbc.sql("update retention_rule set keep_months = 240 where law_domain = 'JEUGD'").update();
		this.jdbc.sql("update retention_rule set keep_months = 12 where kind = 'UNTOUCHED_DRAFT'").update();
		this.jdbc.sql("update retention_rule set keep_months = 24 where kind = 'ACCESS_LOG'").update();
		confirmRules();
	}

	void confirmRules() {
		this.jdbc.sql("update retention_setting set confirmed_version = rules_version").update();
	}

	/** A clock on this day, at noon in the municipality. */
	static Clock clockOn(LocalDate day) {
		return Clock.fixed(day.atTime(12, 0).atZone(ZONE).toInstant(), ZONE);
	}

	/** An approved case, then closed on this day in these law domains. */
	CaseSummary closedOn(SignedInUser consultant, SignedInUser lead, LocalDate day, String... domains) {
		CaseSummary c = this.casebook.approvedCase(consultant, lead);
		close(c.id(), day, domains);
		return c;
	}

	void close(long caseId, LocalDate day, String... domains) {
		this.jdbc.sql("""
				update case_file set status = 'EVALUATED', follow_up_due = null, follow_up_months = null,
					evaluated_at = :at, updated_at = :at where id = :id""")
			.param("at", Timestamp.from(day.atTime(12, 0).atZone(ZONE).toInstant()))
			.param("id", caseId)
			.update();
		domains(caseId, domains);
	}

	/** A draft, withdrawn on this day in these law domains. */
	CaseSummary withdrawnOn(SignedInUser consultant, LocalDate day, String... domains) {
		CaseSummary c = this.cases.opened(consultant);
		this.jdbc.sql("""
				update case_file set status = 'WITHDRAWN', withdrawal_reason = 'RESIDENT_WITHDREW',
					withdrawn_at = :at, updated_at = :at where id = :id""")
			.param("at", Timestamp.from(day.atTime(12, 0).atZone(ZONE).toInstant()))
			.param("id", c.id())
			.update();
		domains(c.id(), domains);
		return c;
	}

	/** A draft last changed on this day. */
	CaseSummary draftUntouchedSince(SignedInUser consultant, LocalDate day) {
		CaseSummary c = this.cases.opened(consultant);
		this.jdbc.sql("update case_file set updated_at = :at where id = :id")
			.param("at", Timestamp.from(day.atTime(12, 0).atZone(ZONE).toInstant()))
			.param("id", c.id())
			.update();
		return c;
	}

	void domains(long caseId, String... domains) {
		if (domains.length == 0) {
			return;
		}
		this.jdbc.sql("delete from case_domain where case_id = ?").param(caseId).update();
		for (String domain : domains) {
			this.jdbc.sql("insert into case_domain (case_id, domain) values (?, ?)").params(caseId, domain).update();
		}
	}

	/**
	 * A closed case with a row in every table that references a case: its steps' rows,
	 * review comments and decisions, a compliment, a notification, follow-ups with
	 * results, a submission snapshot, an agenda item of a return day with an outcome, a
	 * released hold, an exemplary summary and a casebook entry.
	 */
	CaseSummary everything(SignedInUser consultant, SignedInUser lead, LocalDate closedOn) {
		CaseSummary c = this.casebook.proposedCase(consultant, lead, "Gezelschap in plaats van een scootmobiel");
		this.casebook.entry(c, lead, "Gezelschap in plaats van een scootmobiel");
		this.jdbc.sql("""
				insert into review_comment (case_id, round, step, field, author_id, text, created_at)
				values (?, 1, 'EFFECT', null, ?, 'Mooi doorgevraagd', now())""").params(c.id(), lead.id()).update();
		this.jdbc.sql("""
				insert into review_decision (case_id, round, reviewer_id, decision, reason, decided_at)
				values (?, 1, ?, 'APPROVED', null, now())""").params(c.id(), lead.id()).update();
		this.jdbc.sql("""
				insert into compliment (case_id, team_id, consultant_id, lead_id, step, text, created_at)
				values (?, ?, ?, ?, 'EFFECT', 'Het effect in de woorden van de inwoner', now())""")
			.params(c.id(), c.teamId(), consultant.id(), lead.id())
			.update();
		this.jdbc
			.sql("insert into notification (recipient_id, case_id, kind, created_at) values (?, ?, 'APPROVED', now())")
			.params(consultant.id(), c.id())
			.update();
		this.jdbc.sql("""
				insert into case_follow_up_result (follow_up_id, position, outcome, note)
				select id, 0, 'REACHED', 'Gaat weer zelf naar de markt' from case_follow_up where case_id = ?""")
			.param(c.id())
			.update();
		long day = this.jdbc.sql("""
				insert into return_day (held_on, period_from, period_to, planned_by, created_at)
				values (current_date, current_date - 180, current_date, ?, now()) returning id""")
			.param(lead.id())
			.query(Long.class)
			.single();
		this.jdbc.sql("insert into return_day_team (return_day_id, team_id) values (?, ?)")
			.params(day, c.teamId())
			.update();
		long item = this.jdbc.sql("""
				insert into return_day_item (return_day_id, case_id, proposed_by, question, position, created_at)
				values (?, ?, ?, 'Wat leerden we?', 1, now()) returning id""")
			.params(day, c.id(), lead.id())
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into return_day_outcome (item_id, kind, text, created_by, created_at)
				values (?, 'LESSON', 'Eerst het effect', ?, now())""").params(item, lead.id()).update();
		this.jdbc.sql("""
				insert into legal_hold (case_id, reason_kind, reason, placed_by, placed_at, released_by, released_at)
				values (?, 'COMPLAINT', 'Klacht afgehandeld', ?, now(), ?, now())""")
			.params(c.id(), lead.id(), lead.id())
			.update();
		close(c.id(), closedOn, "WMO");
		return c;
	}

	/** Every column that references a case, as table and column. */
	List<String[]> referencesToCases() {
		return this.jdbc.sql("""
				select kcu.table_name, kcu.column_name
				from information_schema.table_constraints tc
				join information_schema.key_column_usage kcu
					on kcu.constraint_name = tc.constraint_name and kcu.constraint_schema = tc.constraint_schema
				join information_schema.constraint_column_usage ccu
					on ccu.constraint_name = tc.constraint_name and ccu.constraint_schema = tc.constraint_schema
				where tc.constraint_type = 'FOREIGN KEY' and ccu.table_name = 'case_file'
				order by 1, 2""").query((row, n) -> new String[] { row.getString(1), row.getString(2) }).list();
	}

	long rowsReferencing(String[] reference, long caseId) {
		return this.jdbc.sql("select count(*) from " + reference[0] + " where " + reference[1] + " = ?")
			.param(caseId)
			.query(Long.class)
			.single();
	}

	boolean exists(long caseId) {
		return this.jdbc.sql("select count(*) from case_file where id = ?")
			.param(caseId)
			.query(Long.class)
			.single() == 1;
	}

	long deletionsOf(long caseId) {
		return this.jdbc.sql("select count(*) from case_deletion where case_id = ?")
			.param(caseId)
			.query(Long.class)
			.single();
	}

}
