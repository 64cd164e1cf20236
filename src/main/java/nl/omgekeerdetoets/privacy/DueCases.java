package nl.omgekeerdetoets.privacy;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one query that says which cases have passed their retention period on a day: the
 * dry run shows its answer, the run deletes it, and the deletion of each case asks it
 * again for that case inside its own transaction. Held cases are in the answer, marked.
 *
 * <p>
 * A closed case (its last follow-up recorded, or withdrawn before a decision) is kept for
 * its rule's months after the day it closed; with several law domains the longest rule
 * applies, and a case with a domain that has no rule is never due. An untouched draft is
 * kept for the drafts' rule's months after its last change. Days are the municipality's.
 */
@Component
class DueCases {

	private static final String DUE = """
			with shortest as (
				-- Nothing closed after today less the shortest rule can be due.
				select cast(:today as date) + interval '4 days'
					- (select make_interval(months => min(keep_months)) from retention_rule where kind = 'CLOSED_CASE') as before
			), closed_cases as (
				-- Each kind of closing from its own index on the day it closed.
				select c.id, c.evaluated_at as closed_at
				from case_file c, shortest s
				where c.status = 'EVALUATED' and c.follow_up_due is null and c.evaluated_at < s.before
				  and (cast(:caseId as bigint) is null or c.id = :caseId)
				union all
				select c.id, c.withdrawn_at
				from case_file c, shortest s
				where c.status = 'WITHDRAWN' and c.withdrawn_at < s.before
				  and (cast(:caseId as bigint) is null or c.id = :caseId)
			), closed as (
				select k.id, 'CLOSED_CASE' as kind, (k.closed_at at time zone :zone)::date as closed_on,
					r.id as rule_id, r.law_domain, r.keep_months,
					((k.closed_at at time zone :zone)::date + make_interval(months => r.keep_months))::date as expired_on
				from closed_cases k
				cross join lateral (
					select r.id, r.law_domain, r.keep_months
					from case_domain d
					join retention_rule r on r.kind = 'CLOSED_CASE' and r.law_domain = d.domain
					where d.case_id = k.id
					order by r.keep_months desc, r.id
					limit 1) r
				where not exists (
						select 1 from case_domain d
						where d.case_id = k.id
						  and not exists (select 1 from retention_rule r where r.kind = 'CLOSED_CASE' and r.law_domain = d.domain))
			), drafts as (
				select c.id, 'UNTOUCHED_DRAFT' as kind, cast(null as date) as closed_on,
					r.id as rule_id, r.law_domain, r.keep_months,
					((c.updated_at at time zone :zone)::date + make_interval(months => r.keep_months))::date as expired_on
				from case_file c
				join retention_rule r on r.kind = 'UNTOUCHED_DRAFT'
				where c.status = 'DRAFT'
				  and (cast(:caseId as bigint) is null or c.id = :caseId)
				  and c.updated_at < (cast(:today as date) + interval '4 days' - make_interval(months => r.keep_months))
			)
			select x.id, c.reference, c.team_id, t.name as team_name, (c.created_at at time zone :zone)::date as opened_on,
				x.closed_on, (c.updated_at at time zone :zone)::date as last_changed_on, x.rule_id, x.kind, x.law_domain,
				x.keep_months, x.expired_on,
				exists (select 1 from legal_hold h where h.case_id = c.id and h.released_at is null) as held
			from (select * from closed union all select * from drafts) x
			join case_file c on c.id = x.id
			join team t on t.id = c.team_id
			where x.expired_on < :today
			order by x.expired_on, x.id
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	DueCases(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Every case whose time has come on this day, held ones included. */
	List<DueCase> on(LocalDate today) {
		return query(today, null);
	}

	/** The same for one case: empty when it is not due (or gone). */
	List<DueCase> on(LocalDate today, long caseId) {
		return query(today, caseId);
	}

	private List<DueCase> query(LocalDate today, Long caseId) {
		return this.jdbc.sql(DUE)
			.param("zone", this.clock.getZone().getId())
			.param("today", Date.valueOf(today))
			.param("caseId", caseId)
			.query(DueCases::row)
			.list();
	}

	private static DueCase row(ResultSet row, int n) throws SQLException {
		Date closed = row.getDate("closed_on");
		return new DueCase(row.getLong("id"), row.getString("reference"), row.getLong("team_id"),
				row.getString("team_name"), row.getDate("opened_on").toLocalDate(),
				(closed != null) ? closed.toLocalDate() : null, row.getDate("last_changed_on").toLocalDate(),
				row.getLong("rule_id"), RuleKind.valueOf(row.getString("kind")), row.getString("law_domain"),
				row.getInt("keep_months"), row.getDate("expired_on").toLocalDate(), row.getBoolean("held"));
	}

}
