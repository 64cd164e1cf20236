package nl.omgekeerdetoets.cases;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of a lead's overview about the cases of some teams, aggregated in
 * PostgreSQL (never by loading cases): a fixed number of statements whatever the number
 * of cases, each reading the teams' rows through {@code team_id} indexes. Periods are
 * whole days in the municipality's time zone, from the first day up to and including the
 * last.
 */
@Service
@Transactional(readOnly = true)
public class CaseFigures {

	/** Days before an evaluation date from which it is shown as due. */
	static final int DUE_WITHIN_DAYS = 14;

	private static final String OPEN = "('DRAFT', 'CHANGES_REQUESTED', 'IN_REVIEW')";

	private final JdbcClient jdbc;

	private final ZoneId zone;

	CaseFigures(JdbcClient jdbc, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.zone = clock.getZone();
	}

	/**
	 * The figures of these teams in this period.
	 * @param teamIds the teams, all of which the caller may see the figures of
	 * @param from the period's first day
	 * @param to the period's last day, included
	 * @param today the day the ages and due dates are counted from
	 * @return the figures
	 */
	public TeamFigures figures(List<Long> teamIds, LocalDate from, LocalDate to, LocalDate today) {
		if (teamIds.isEmpty()) {
			return TeamFigures.EMPTY;
		}
		Map<String, Object> params = Map.of("teams", teamIds.toArray(Long[]::new), "from",
				from.atStartOfDay(this.zone).toOffsetDateTime(), "to",
				to.plusDays(1).atStartOfDay(this.zone).toOffsetDateTime(), "today", today, "due",
				today.plusDays(DUE_WITHIN_DAYS), "zone", this.zone.getId());

		Map<CaseStatus, Long> byStatus = new EnumMap<>(CaseStatus.class);
		Map<Integer, Long> openByStep = new TreeMap<>();
		this.jdbc.sql("""
				select status, current_step, count(*) from case_file
				where team_id = any(:teams) group by status, current_step""").params(params).query((rs) -> {
			CaseStatus status = CaseStatus.valueOf(rs.getString(1));
			long count = rs.getLong(3);
			byStatus.merge(status, count, Long::sum);
			if (status == CaseStatus.DRAFT || status == CaseStatus.CHANGES_REQUESTED) {
				openByStep.merge(Math.min(rs.getInt(2), 4), count, Long::sum);
			}
		});

		// What happened in the period. Durations are measured on the cases approved in
		// it:
		// from opening to the submission that was approved, and from that submission to
		// the decision.
		PeriodFigures period = this.jdbc
			.sql("""
					select
					  (select count(*) from case_file where team_id = any(:teams) and created_at >= :from and created_at < :to),
					  (select count(*) from case_file where team_id = any(:teams) and submitted_at >= :from and submitted_at < :to),
					  count(*),
					  (select count(*) from case_file where team_id = any(:teams) and evaluated_at >= :from and evaluated_at < :to),
					  percentile_cont(0.5) within group (order by extract(epoch from c.submitted_at - c.created_at) / 86400),
					  percentile_cont(0.5) within group (order by extract(epoch from d.decided_at - c.submitted_at) / 86400),
					  count(*) filter (where c.solution_kind = 'QUICK_FIX'),
					  count(*) filter (where c.solution_kind = 'SUSTAINABLE')
					from review_decision d join case_file c on c.id = d.case_id
					where c.team_id = any(:teams) and d.decision = 'APPROVED' and d.decided_at >= :from and d.decided_at < :to
					""")
			.params(params)
			.query((rs, n) -> new PeriodFigures(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
					(Double) rs.getObject(5), (Double) rs.getObject(6), rs.getLong(7), rs.getLong(8)))
			.single();

		// Workload per consultant and team: what is open now, however old.
		List<ConsultantLoad> workload = this.jdbc
			.sql("""
					select team_id, owner_id,
					  count(*) filter (where status in ('DRAFT', 'CHANGES_REQUESTED', 'IN_REVIEW')),
					  coalesce(max(:today - (created_at at time zone :zone)::date)
					    filter (where status in ('DRAFT', 'CHANGES_REQUESTED', 'IN_REVIEW')), 0),
					  count(*) filter (where status = 'IN_REVIEW'),
					  coalesce(max(:today - (submitted_at at time zone :zone)::date) filter (where status = 'IN_REVIEW'), 0),
					  count(*) filter (where status = 'APPROVED' and evaluation_date < :today),
					  count(*) filter (where status = 'APPROVED' and evaluation_date >= :today and evaluation_date <= :due)
					from case_file
					where team_id = any(:teams) and status <> 'EVALUATED'
					group by team_id, owner_id
					order by team_id, 3 desc, owner_id""")
			.params(params)
			.query((rs, n) -> new ConsultantLoad(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
					rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)))
			.list();
		return new TeamFigures(byStatus, openByStep, period, workload);
	}

	/**
	 * The figures of a lead's overview.
	 *
	 * @param byStatus the teams' cases per status, now
	 * @param openByStep the open cases (draft, or changes requested) per step they are
	 * at, 1 to 4 (complete drafts count at 4)
	 * @param period what happened in the period
	 * @param workload per team and consultant, what is open now
	 */
	public record TeamFigures(Map<CaseStatus, Long> byStatus, Map<Integer, Long> openByStep, PeriodFigures period,
			List<ConsultantLoad> workload) {

		static final TeamFigures EMPTY = new TeamFigures(Map.of(), Map.of(),
				new PeriodFigures(0, 0, 0, 0, null, null, 0, 0), List.of());

		public long count(CaseStatus status) {
			return this.byStatus.getOrDefault(status, 0L);
		}

		public long total() {
			return this.byStatus.values().stream().mapToLong(Long::longValue).sum();
		}

	}

	/**
	 * What happened in a period.
	 *
	 * @param opened cases opened in it
	 * @param submitted cases whose latest submission fell in it
	 * @param approved cases approved in it
	 * @param evaluated cases evaluated in it
	 * @param medianDaysToSubmission of the approved cases, the median days from opening
	 * to the approved submission, or null when none was approved
	 * @param medianDaysToDecision of the approved cases, the median days from that
	 * submission to the decision, or null
	 * @param quickFixes approved cases whose solution is a quick fix
	 * @param sustainable approved cases whose solution is sustainable
	 */
	public record PeriodFigures(long opened, long submitted, long approved, long evaluated,
			Double medianDaysToSubmission, Double medianDaysToDecision, long quickFixes, long sustainable) {

		/**
		 * The share of sustainable solutions among those with a kind, in whole percents.
		 */
		public Long sustainablePercent() {
			long total = this.quickFixes + this.sustainable;
			return (total == 0) ? null : Math.round(100.0 * this.sustainable / total);
		}

	}

	/**
	 * One consultant's open work in one team.
	 *
	 * @param teamId the team
	 * @param consultantId the consultant who owns the cases
	 * @param open cases open (draft, changes requested, in review)
	 * @param oldestOpenDays days since the oldest open case was opened
	 * @param inReview cases waiting for review
	 * @param longestWaitingDays days the longest waiting of those has waited
	 * @param evaluationsOverdue approved cases whose evaluation date has passed
	 * @param evaluationsDue approved cases to be evaluated within two weeks
	 */
	public record ConsultantLoad(long teamId, long consultantId, long open, long oldestOpenDays, long inReview,
			long longestWaitingDays, long evaluationsOverdue, long evaluationsDue) {

		/**
		 * Whether the consultant's open cases exceed the team's threshold, if it has one.
		 */
		public boolean over(Integer threshold) {
			return threshold != null && this.open > threshold;
		}

	}

}
