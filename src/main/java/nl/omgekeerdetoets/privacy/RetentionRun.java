package nl.omgekeerdetoets.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One run of retention: records itself, waits when the rules are not confirmed, and
 * otherwise deletes every due case that is not held, each in its own transaction. Run it
 * through {@link RetentionJob}, which makes sure only one instance runs at a time; this
 * class itself is idempotent: a second run finds nothing left to do.
 */
@Component
class RetentionRun {

	private static final Logger log = LoggerFactory.getLogger(RetentionRun.class);

	private final JdbcClient jdbc;

	private final DueCases dueCases;

	private final CaseDeleter deleter;

	private final RetentionRules rules;

	private final AccessLogRetention accessLog;

	private final Clock clock;

	RetentionRun(JdbcClient jdbc, DueCases dueCases, CaseDeleter deleter, RetentionRules rules,
			AccessLogRetention accessLog, Clock clock) {
		this.accessLog = accessLog;
		this.jdbc = jdbc;
		this.dueCases = dueCases;
		this.deleter = deleter;
		this.rules = rules;
		this.clock = clock;
	}

	Result run(String startedBy) {
		LocalDate today = LocalDate.now(this.clock);
		// Only one run holds the lock: a run still marked running was killed.
		this.jdbc.sql("update retention_run set outcome = 'INTERRUPTED' where outcome = 'RUNNING'").update();
		boolean confirmed = this.rules.status().confirmed();
		long runId = this.jdbc.sql("""
				insert into retention_run (started_at, started_by, outcome) values (:now, :by, :outcome)
				returning id""")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("by", startedBy)
			.param("outcome", confirmed ? "RUNNING" : "WAITING_FOR_CONFIRMATION")
			.query(Long.class)
			.single();
		if (!confirmed) {
			finish(runId, "WAITING_FOR_CONFIRMATION", 0);
			return new Result(runId, false, 0, 0, 0);
		}
		List<DueCase> due = this.dueCases.on(today).stream().filter((c) -> !c.held()).toList();
		int deleted = 0;
		int failed = 0;
		for (DueCase c : due) {
			try {
				if (this.deleter.delete(c.caseId(), runId, today)) {
					deleted++;
				}
			}
			catch (RuntimeException ex) {
				// The case stays whole (its transaction rolled back) and the next run
				// tries
				// again. By id and exception class only: no case text in the log.
				failed++;
				log.warn("Retention run {} could not delete case {}: {}", runId, c.caseId(),
						ex.getClass().getSimpleName());
			}
		}
		long lines = 0;
		try {
			lines = this.accessLog.purge(today);
		}
		catch (RuntimeException ex) {
			// Whole batches went; the next run deletes the rest.
			failed++;
			log.warn("Retention run {} could not delete all of the access log that is due: {}", runId,
					ex.getClass().getSimpleName());
		}
		this.jdbc.sql("update retention_run set access_lines_deleted = :lines where id = :id")
			.param("lines", lines)
			.param("id", runId)
			.update();
		finish(runId, "DONE", failed);
		return new Result(runId, true, deleted, failed, lines);
	}

	private void finish(long runId, String outcome, int failed) {
		this.jdbc
			.sql("update retention_run set finished_at = :now, outcome = :outcome, failed = :failed where id = :id")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("outcome", outcome)
			.param("failed", failed)
			.param("id", runId)
			.update();
	}

	/**
	 * What a run did.
	 *
	 * @param runId the run
	 * @param confirmed false when it waited for the admin's confirmation
	 * @param deleted how many cases it deleted
	 * @param failed how many it could not delete (they stay whole)
	 * @param accessLines how many lines of the access log it deleted
	 */
	record Result(long runId, boolean confirmed, int deleted, int failed, long accessLines) {
	}

}
