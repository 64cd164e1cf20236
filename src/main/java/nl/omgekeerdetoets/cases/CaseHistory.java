package nl.omgekeerdetoets.cases;

import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The history on the case page, in one statement: the audit lines of the case, newest
 * first, with the reads of one person on one day grouped into one line with a count, and
 * the display name of who acted. Refused attempts are left out: they are for the admin's
 * change history, not for the owner and their colleagues.
 *
 * <p>
 * It reads the audit and account tables itself rather than through the audit and teams
 * modules (which this module may use), because the case page may not send a statement
 * more for the names: the lines come from one index scan of the case's lines
 * ({@code audit_event_subject_time}), and the names from the account's unique index.
 */
@Component
class CaseHistory {

	/** The action of a read by someone other than the owner, see {@link CaseService}. */
	static final String READ = "CASE_READ";

	/** The most lines shown; older lines stay in the admin's change history. */
	static final int MAX_LINES = 100;

	/**
	 * Refusals by ownership (CaseAccessRefusals) and by role (the access denied handler).
	 */
	private static final List<String> REFUSALS = List.of("CASE_ACCESS_REFUSED", "ACCESS_REFUSED");

	private static final String LINES = """
			select h.occurred_at, h.actor, a.display_name, h.action, h.detail, h.times
			from (
				select max(e.occurred_at) as occurred_at, max(e.id) as last_id, e.actor, e.action,
					min(e.detail) as detail, count(*) as times
				from audit_event e
				where e.subject_type = :subjectType and e.subject_id = :caseId and e.action not in (:refusals)
				group by e.actor, e.action,
					case when e.action = :read then (e.occurred_at at time zone :zone)::date end,
					case when e.action = :read then null else e.id end
				order by occurred_at desc, last_id desc
				limit :limit
			) h
			left join account a on lower(a.username) = lower(h.actor)
			order by h.occurred_at desc, h.last_id desc
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	CaseHistory(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	List<CaseHistoryLine> of(long caseId) {
		return this.jdbc.sql(LINES)
			.param("subjectType", CaseService.AUDIT_SUBJECT)
			.param("caseId", caseId)
			.param("refusals", REFUSALS)
			.param("read", READ)
			.param("zone", this.clock.getZone().getId())
			.param("limit", MAX_LINES)
			.query((row, n) -> new CaseHistoryLine(row.getTimestamp("occurred_at").toInstant(), row.getString("actor"),
					row.getString("display_name"), row.getString("action"), row.getString("detail"),
					row.getInt("times")))
			.list();
	}

}
