package nl.omgekeerdetoets.privacy;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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

/**
 * The access log as the privacy officer reads it: every read of a case by someone other
 * than its owner, every refused attempt and every subject access report (lines of the
 * audit log), and the owner's own reads grouped per day; per case, per account and
 * period, with what stands out marked. References, names and pages only, never case
 * content.
 */
@Service
@Transactional(readOnly = true)
class AccessLog {

	/** More distinct cases than this opened by one person within an hour stands out. */
	static final int MANY_CASES = 20;

	static final List<String> ACTIONS = List.of("CASE_READ", "CASE_ACCESS_REFUSED", "ACCESS_REFUSED",
			"SUBJECT_ACCESS_REPORT");

	static final String LINES = """
			with lines as (
				select e.occurred_at as at, e.actor, e.action as kind, e.subject_id as case_id, e.subject_label as reference,
					substring(e.detail from 'role=([A-Z_]+)') as role, substring(e.detail from 'page=([^;]+)') as page,
					1 as times
				from audit_event e
				where e.subject_type = 'CASE' and e.action in (:actions)
				  and e.occurred_at >= :fromAt and e.occurred_at < :toAt
				  and (:reference = '' or e.subject_label = :reference)
				  and (:account = '' or lower(e.actor) = lower(:account))
				union all
				select o.last_at, o.actor, 'OWN_READ', o.case_id, o.reference, null, null, o.times
				from case_own_read o
				where o.day between :from and :to
				  and (:reference = '' or o.reference = :reference)
				  and (:account = '' or lower(o.actor) = lower(:account))
			), marked as (
				select l.*, a.display_name, coalesce(l.role, a.role) as read_role,
					l.kind in ('CASE_ACCESS_REFUSED', 'ACCESS_REFUSED') as refused,
					(l.kind = 'CASE_READ' and l.role = 'TEAM_LEAD' and c.id is not null
						and not exists (select 1 from account_team t where t.account_id = a.id and t.team_id = c.team_id))
						as outside_team,
					(l.kind = 'CASE_READ' and (
						select count(distinct x.subject_id) from audit_event x
						where x.subject_type = 'CASE' and x.action = 'CASE_READ' and lower(x.actor) = lower(l.actor)
						  and x.occurred_at > l.at - interval '1 hour' and x.occurred_at <= l.at) > :many) as many
				from lines l
				left join account a on lower(a.username) = lower(l.actor)
				left join case_file c on c.id = l.case_id
			)
			select * from marked
			where (not :unusual or refused or outside_team or many)
			""";

	private final JdbcClient jdbc;

	private final AuditLog auditLog;

	private final Clock clock;

	AccessLog(JdbcClient jdbc, AuditLog auditLog, Clock clock) {
		this.jdbc = jdbc;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	Page<AccessLine> page(AccessFilter filter, Pageable pageable) {
		List<AccessLine> lines = query(filter, LINES + " order by at desc, actor limit :size offset :offset")
			.param("size", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(AccessLog::line)
			.list();
		long total = query(filter, "select count(*) from (" + LINES + ") counted").query(Long.class).single();
		return new PageImpl<>(lines, pageable, total);
	}

	/** Every line of the filter, newest first, one at a time: for the CSV export. */
	void each(AccessFilter filter, Consumer<AccessLine> line) {
		try (Stream<AccessLine> lines = query(filter, LINES + " order by at desc, actor").query(AccessLog::line)
			.stream()) {
			lines.forEach(line);
		}
	}

	/** An export of the access log is itself in the change history. */
	@Transactional
	void exported(AccessFilter filter) {
		this.auditLog.record("ACCESS_LOG_EXPORTED", "PAGE", null, null,
				"from=" + filter.getFrom() + "; to=" + filter.getTo());
	}

	private JdbcClient.StatementSpec query(AccessFilter filter, String sql) {
		return this.jdbc.sql(sql)
			.param("actions", ACTIONS)
			.param("fromAt", start(filter.getFrom()))
			.param("toAt", start(filter.getTo().plusDays(1)))
			.param("from", Date.valueOf(filter.getFrom()))
			.param("to", Date.valueOf(filter.getTo()))
			.param("reference", (filter.getReference() != null) ? filter.getReference().strip() : "")
			.param("account", (filter.getAccount() != null) ? filter.getAccount().strip() : "")
			.param("many", MANY_CASES)
			.param("unusual", filter.isUnusual());
	}

	private OffsetDateTime start(LocalDate day) {
		return day.atStartOfDay(this.clock.getZone()).toOffsetDateTime();
	}

	private static AccessLine line(ResultSet row, int n) throws SQLException {
		return new AccessLine(row.getTimestamp("at").toInstant(), row.getString("actor"), row.getString("display_name"),
				row.getString("read_role"), row.getString("kind"), row.getString("reference"), row.getString("page"),
				row.getInt("times"), row.getBoolean("refused"), row.getBoolean("outside_team"), row.getBoolean("many"));
	}

}
