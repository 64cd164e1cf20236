package nl.omgekeerdetoets.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The access log's own retention: lines of reads, refused attempts and subject access
 * reports older than the ACCESS_LOG rule's months (counted back from today, in the
 * municipality's days) are deleted by the nightly run, a batch at a time, each batch its
 * own statement, so a killed run leaves whole lines and the next run goes on. The dry run
 * counts the same lines with the same condition.
 */
@Component
class AccessLogRetention {

	/** Lines deleted per statement: short transactions beside the day's work. */
	static final int BATCH = 10_000;

	private static final String DUE_LINES = """
			from audit_event
			where action in ('CASE_READ', 'CASE_ACCESS_REFUSED', 'ACCESS_REFUSED', 'SUBJECT_ACCESS_REPORT')
			  and occurred_at < :before""";

	private final JdbcClient jdbc;

	private final Clock clock;

	AccessLogRetention(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The first day kept on this day: lines and grouped reads of earlier days go; empty
	 * without an ACCESS_LOG rule.
	 */
	Optional<LocalDate> firstDayKept(LocalDate today) {
		return this.jdbc.sql("select keep_months from retention_rule where kind = 'ACCESS_LOG'")
			.query(Integer.class)
			.optional()
			.map(today::minusMonths);
	}

	/** How many lines and grouped reads the run would delete on this day. */
	long due(LocalDate today) {
		return firstDayKept(today).map(this::dueBefore).orElse(0L);
	}

	/**
	 * How many lines and grouped reads the run deletes when this is the first day kept
	 * (of {@link #firstDayKept}, for a page that shows both).
	 */
	long dueBefore(LocalDate firstDayKept) {
		return this.jdbc.sql("select count(*) " + DUE_LINES)
			.param("before", startOf(firstDayKept))
			.query(Long.class)
			.single()
				+ this.jdbc.sql("select count(*) from case_own_read where day < :first")
					.param("first", firstDayKept)
					.query(Long.class)
					.single();
	}

	/** Deletes what is due on this day; answers how many lines and grouped reads went. */
	long purge(LocalDate today) {
		Optional<LocalDate> firstKept = firstDayKept(today);
		if (firstKept.isEmpty()) {
			return 0;
		}
		Timestamp before = startOf(firstKept.get());
		long deleted = 0;
		int batch;
		do {
			batch = this.jdbc.sql("delete from audit_event where id in (select id " + DUE_LINES + " limit :batch)")
				.param("before", before)
				.param("batch", BATCH)
				.update();
			deleted += batch;
		}
		while (batch == BATCH);
		do {
			batch = this.jdbc.sql("""
					delete from case_own_read where (case_id, actor, day) in (
						select case_id, actor, day from case_own_read where day < :first limit :batch)""")
				.param("first", firstKept.get())
				.param("batch", BATCH)
				.update();
			deleted += batch;
		}
		while (batch == BATCH);
		return deleted;
	}

	private Timestamp startOf(LocalDate day) {
		return Timestamp.from(day.atStartOfDay(this.clock.getZone()).toInstant());
	}

}
