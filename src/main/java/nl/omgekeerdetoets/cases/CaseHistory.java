package nl.omgekeerdetoets.cases;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The history on the case page, in one statement: the audit lines of the case, newest
 * first, with the reads of one person on one day grouped into one line with a count, as
 * are the saves of one step (the autosave saves every few seconds while someone types),
 * and the display name of who acted. Refused attempts are left out: they are for the
 * admin's change history, not for the owner and their colleagues.
 *
 * <p>
 * It reads the audit and account tables itself rather than through the audit and teams
 * modules (which this module may use), because the case page may not send a statement
 * more for the names: the lines come from one index scan of the case's lines
 * ({@code audit_event_subject_time}), and the names from the account's unique index.
 *
 * <p>
 * Only the case's newest {@link #WINDOW} lines are grouped: a case edited for months
 * gathers thousands (every save is a line), and grouping all of them cost the case page
 * 39 ms at 5,800 lines, most of the page. A day's reads at the window's edge may be
 * counted in part; everything older is in the admin's change history.
 */
@Component
class CaseHistory {

	/** The action of a read by someone other than the owner, see {@link CaseService}. */
	static final String READ = "CASE_READ";

	/** The action of a step saved, by hand or by the autosave ({@link CaseStepSaved}). */
	static final String SAVED = "CASE_STEP_SAVED";

	/** The most lines shown; older lines stay in the admin's change history. */
	static final int MAX_LINES = 100;

	/** The newest lines of the audit log read to make them. */
	static final int WINDOW = 2 * MAX_LINES;

	/**
	 * Refusals by ownership (CaseAccessRefusals) and by role (the access denied handler).
	 */
	private static final List<String> REFUSALS = List.of("CASE_ACCESS_REFUSED", "ACCESS_REFUSED");

	static final String LINES = """
			select h.occurred_at, h.actor, a.display_name, h.action, h.detail, h.times
			from (
				select max(e.occurred_at) as occurred_at, max(e.id) as last_id, e.actor, e.action,
					min(e.detail) as detail, count(*) as times
				from (
					select w.id, w.occurred_at, w.actor, w.action, w.detail
					from audit_event w
					where w.subject_type = :subjectType and w.subject_id = :caseId
					order by w.occurred_at desc, w.id desc
					limit :window
				) e
				where e.action not in (:refusals)
				group by e.actor, e.action,
					case when e.action in (:perDay) then (e.occurred_at at time zone :zone)::date end,
					case when e.action in (:perDay) then null else e.id end,
					case when e.action = :saved then e.detail end
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
			.params(params(caseId))
			.query((row, n) -> new CaseHistoryLine(row.getTimestamp("occurred_at").toInstant(), row.getString("actor"),
					row.getString("display_name"), row.getString("action"), row.getString("detail"),
					row.getInt("times")))
			.list();
	}

	/** The named parameters of {@link #LINES}, apart so that a test can read its plan. */
	Map<String, Object> params(long caseId) {
		return Map.of("subjectType", CaseService.AUDIT_SUBJECT, "caseId", caseId, "refusals", REFUSALS, "perDay",
				List.of(READ, SAVED), "saved", SAVED, "zone", this.clock.getZone().getId(), "window", WINDOW, "limit",
				MAX_LINES);
	}

}
