package nl.omgekeerdetoets.privacy;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import nl.omgekeerdetoets.audit.AuditLog;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the deletion log and the runs, for the admin. */
@Service
@Transactional(readOnly = true)
class DeletionLog {

	private static final String COLUMNS = """
			select run_id, reference, team_name, opened_on, closed_on, last_changed_on, rule_kind, rule_domain,
				keep_months, expired_on, deleted_at
			from case_deletion
			""";

	private final JdbcClient jdbc;

	private final AuditLog auditLog;

	DeletionLog(JdbcClient jdbc, AuditLog auditLog) {
		this.jdbc = jdbc;
		this.auditLog = auditLog;
	}

	/** An export of the log is itself in the change history. */
	@Transactional
	void exported() {
		this.auditLog.record("DELETION_LOG_EXPORTED", RetentionRules.AUDIT_SUBJECT, null, null, null);
	}

	Page<Deletion> page(Pageable pageable) {
		List<Deletion> rows = this.jdbc.sql(COLUMNS + " order by deleted_at desc, id desc limit :size offset :offset")
			.param("size", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(DeletionLog::deletion)
			.list();
		long total = this.jdbc.sql("select count(*) from case_deletion").query(Long.class).single();
		return new PageImpl<>(rows, pageable, total);
	}

	/** Every line, newest first, one at a time: for the CSV export. */
	void each(Consumer<Deletion> line) {
		try (Stream<Deletion> rows = this.jdbc.sql(COLUMNS + " order by deleted_at desc, id desc")
			.query(DeletionLog::deletion)
			.stream()) {
			rows.forEach(line);
		}
	}

	/** The most recent runs, newest first, with how many cases each deleted. */
	List<RunSummary> recentRuns(int limit) {
		return this.jdbc.sql("""
				select r.id, r.started_at, r.finished_at, r.started_by, r.outcome, r.failed, r.access_lines_deleted,
					(select count(*) from case_deletion d where d.run_id = r.id) as deleted
				from retention_run r
				order by r.started_at desc, r.id desc
				limit :limit""").param("limit", limit).query((row, n) -> {
			Timestamp finished = row.getTimestamp("finished_at");
			return new RunSummary(row.getLong("id"), row.getTimestamp("started_at").toInstant(),
					(finished != null) ? finished.toInstant() : null, row.getString("started_by"),
					row.getString("outcome"), row.getInt("deleted"), row.getInt("failed"),
					row.getLong("access_lines_deleted"));
		}).list();
	}

	private static Deletion deletion(ResultSet row, int n) throws SQLException {
		Date closed = row.getDate("closed_on");
		return new Deletion(row.getLong("run_id"), row.getString("reference"), row.getString("team_name"),
				row.getDate("opened_on").toLocalDate(), (closed != null) ? closed.toLocalDate() : null,
				row.getDate("last_changed_on").toLocalDate(), RuleKind.valueOf(row.getString("rule_kind")),
				row.getString("rule_domain"), row.getInt("keep_months"), row.getDate("expired_on").toLocalDate(),
				row.getTimestamp("deleted_at").toInstant());
	}

}
