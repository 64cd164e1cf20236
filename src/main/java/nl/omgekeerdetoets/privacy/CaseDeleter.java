package nl.omgekeerdetoets.privacy;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes one case in a transaction of its own: the deletion log's line and the case with
 * everything that references it (the database's cascades: steps, rows, comments,
 * decisions, notifications, follow-ups, snapshots, agenda items, holds) go together or
 * not at all, so a run killed halfway leaves whole cases behind, never half a case.
 * Exemplary summaries and casebook entries lose their link and keep their text.
 */
@Component
class CaseDeleter {

	private final JdbcClient jdbc;

	private final DueCases dueCases;

	private final Clock clock;

	CaseDeleter(JdbcClient jdbc, DueCases dueCases, Clock clock) {
		this.jdbc = jdbc;
		this.dueCases = dueCases;
		this.clock = clock;
	}

	/**
	 * Deletes the case if it is still due and not held, as the same query says once its
	 * row is locked: a hold placed or a follow-up recorded meanwhile keeps it, and a case
	 * another instance deleted first is simply gone.
	 * @return whether this call deleted it
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean delete(long caseId, long runId, LocalDate today) {
		Optional<Long> locked = this.jdbc.sql("select id from case_file where id = :id for update")
			.param("id", caseId)
			.query(Long.class)
			.optional();
		if (locked.isEmpty()) {
			return false;
		}
		Optional<DueCase> due = this.dueCases.on(today, caseId).stream().findFirst();
		if (due.isEmpty() || due.get().held()) {
			return false;
		}
		DueCase c = due.get();
		this.jdbc.sql("""
				insert into case_deletion (run_id, case_id, reference, team_id, team_name, opened_on, closed_on,
					last_changed_on, rule_id, rule_kind, rule_domain, keep_months, expired_on, deleted_at)
				values (:run, :caseId, :reference, :team, :teamName, :opened, :closed, :changed, :rule, :kind, :domain,
					:months, :expired, :now)""")
			.param("run", runId)
			.param("caseId", caseId)
			.param("reference", c.reference())
			.param("team", c.teamId())
			.param("teamName", c.teamName())
			.param("opened", Date.valueOf(c.openedOn()))
			.param("closed", (c.closedOn() != null) ? Date.valueOf(c.closedOn()) : null, java.sql.Types.DATE)
			.param("changed", Date.valueOf(c.lastChangedOn()))
			.param("rule", c.ruleId())
			.param("kind", c.kind().name())
			.param("domain", c.lawDomain(), java.sql.Types.VARCHAR)
			.param("months", c.keepMonths())
			.param("expired", Date.valueOf(c.expiredOn()))
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
		this.jdbc.sql("delete from case_file where id = :id").param("id", caseId).update();
		return true;
	}

}
