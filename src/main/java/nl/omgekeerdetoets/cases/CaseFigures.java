package nl.omgekeerdetoets.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.omgekeerdetoets.prices.Payer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of a lead's overview about the cases of some teams, aggregated in
 * PostgreSQL (never by loading cases): a fixed number of statements whatever the number
 * of cases. They read the teams' cases through one index that holds every column they
 * count by ({@code case_file_team_figures}, V36), never the cases' rows, and start what
 * happened in a period from that period's approvals and follow-ups. Periods are whole
 * days in the municipality's time zone, from the first day up to and including the last.
 */
@Service
@Transactional(readOnly = true)
public class CaseFigures {

	/** Days before an evaluation date from which it is shown as due. */
	static final int DUE_WITHIN_DAYS = 14;

	/**
	 * Cases by status and step, and those involving another department or refused without
	 * a call.
	 */
	static final String BY_STATUS = """
			select status, current_step, count(*),
			  count(*) filter (where involves_other_department), count(*) filter (where refused_without_call)
			from case_file
			where team_id = any(:teams) and (cast(:owner as bigint) is null or owner_id = :owner)
			group by status, current_step""";

	/**
	 * What happened in the period: cases opened, submitted, approved, follow-ups
	 * recorded; of the approvals, the median durations and the kinds of solution and
	 * decision. The approvals of the period (all teams', through
	 * {@code review_decision_approved}) are joined to the teams' cases.
	 */
	static final String PERIOD = """
			select
			  (select count(*) from case_file where team_id = any(:teams) and (cast(:owner as bigint) is null or owner_id = :owner) and created_at >= :from and created_at < :to),
			  (select count(*) from case_file where team_id = any(:teams) and (cast(:owner as bigint) is null or owner_id = :owner) and submitted_at >= :from and submitted_at < :to),
			  count(*),
			  (select count(*) from case_follow_up f
			   where f.recorded_at >= :from and f.recorded_at < :to and f.case_id in (select id from case_file where team_id = any(:teams) and (cast(:owner as bigint) is null or owner_id = :owner))),
			  percentile_cont(0.5) within group (order by extract(epoch from c.submitted_at - c.created_at) / 86400),
			  percentile_cont(0.5) within group (order by extract(epoch from d.decided_at - c.submitted_at) / 86400),
			  count(*) filter (where c.solution_kind = 'QUICK_FIX'),
			  count(*) filter (where c.solution_kind = 'SUSTAINABLE'),
			  count(*) filter (where c.decision_kind = 'GRANTED_AS_ASKED'),
			  count(*) filter (where c.decision_kind = 'MAATWERK'),
			  count(*) filter (where c.decision_kind = 'PARTLY_GRANTED'),
			  count(*) filter (where c.decision_kind = 'REFUSED')
			from review_decision d join case_file c on c.id = d.case_id
			where c.team_id = any(:teams) and (cast(:owner as bigint) is null or c.owner_id = :owner) and d.decision = 'APPROVED' and d.decided_at >= :from and d.decided_at < :to
			""";

	/** Open work per consultant and team, however old. */
	static final String WORKLOAD = """
			select team_id, owner_id,
			  count(*) filter (where status in ('DRAFT', 'CHANGES_REQUESTED', 'IN_REVIEW')),
			  coalesce(max(:today - (created_at at time zone :zone)::date)
			    filter (where status in ('DRAFT', 'CHANGES_REQUESTED', 'IN_REVIEW')), 0),
			  count(*) filter (where status = 'IN_REVIEW'),
			  coalesce(max(:today - (submitted_at at time zone :zone)::date) filter (where status = 'IN_REVIEW'), 0),
			  count(*) filter (where follow_up_due < :today),
			  count(*) filter (where follow_up_due >= :today and follow_up_due <= :due)
			from case_file
			where team_id = any(:teams) and (cast(:owner as bigint) is null or owner_id = :owner) and (status not in ('EVALUATED', 'WITHDRAWN') or follow_up_due is not null)
			group by team_id, owner_id
			order by team_id, 3 desc, owner_id""";

	/**
	 * What the cases approved in the period cost per payer, without and with maatwerk,
	 * over their horizon: the same rounding as CostComparison (an item's amount per year
	 * to cents, half up; then exact). The cost lines of the period's approved cases, not
	 * of every case of the teams.
	 */
	static final String COSTS = """
			select l.payer,
			  coalesce(sum(l.total) filter (where l.scenario = 'WITHOUT_MAATWERK'), 0),
			  coalesce(sum(l.total) filter (where l.scenario = 'WITH_MAATWERK'), 0)
			from (
			  select k.payer, k.scenario,
			    coalesce(k.amount_per_year, round(k.unit_price * k.quantity_per_year, 2)) * k.years as total
			  from case_cost k
			  where k.payer is not null and k.years is not null
			    and k.case_id in (select d.case_id from review_decision d
			                      where d.decision = 'APPROVED' and d.decided_at >= :from and d.decided_at < :to
			                        and d.case_id in (select id from case_file where team_id = any(:teams) and (cast(:owner as bigint) is null or owner_id = :owner)))
			) l
			where l.total is not null
			group by l.payer
			order by l.payer""";

	/**
	 * The effects recorded at the follow-ups in the period, per follow-up (6, 12) and
	 * outcome.
	 */
	static final String EFFECTS = """
			select f.months, r.outcome, count(*)
			from case_follow_up f join case_follow_up_result r on r.follow_up_id = f.id
			where f.recorded_at >= :from and f.recorded_at < :to and r.outcome is not null
			  and f.case_id in (select id from case_file where team_id = any(:teams) and (cast(:owner as bigint) is null or owner_id = :owner))
			group by f.months, r.outcome""";

	/**
	 * The obstacle register: the obstacles of the cases whose last approval falls in the
	 * period, newest approval first. It intersects the period's approvals with the teams'
	 * cases that met an obstacle ({@code case_file_team_obstacles}, V36: both sides read
	 * from an index only) and reads the rows of those cases alone. The grouping keeps the
	 * planner from walking the approvals one by one looking each case up, which reads
	 * every approval's case when the teams' cases are few among them.
	 */
	static final String OBSTACLES = """
			select c.id, c.reference, c.team_id, o.kind, o.description, o.lesson, a.decided_at
			from (select d.case_id, max(d.decided_at) as decided_at
			      from review_decision d
			      where d.decision = 'APPROVED' and d.decided_at >= :from and d.decided_at < :to
			        and d.case_id in (select id from case_file where team_id = any(:teams)
			                          and (cast(:owner as bigint) is null or owner_id = :owner) and obstacles <> '[]'::jsonb)
			      group by d.case_id) a
			join case_file c on c.id = a.case_id
			cross join lateral (select x.item ->> 'kind' as kind, x.item ->> 'description' as description,
			                           x.item ->> 'lesson' as lesson, x.position
			                    from jsonb_array_elements(c.obstacles) with ordinality x(item, position)) o
			where not exists (select 1 from review_decision l where l.case_id = a.case_id and l.decision = 'APPROVED'
			                  and l.decided_at >= :to)
			  and o.kind is not null and (cast(:kind as varchar) is null or o.kind = :kind)
			order by a.decided_at desc, c.id desc, o.position
			limit :limit""";

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
		return figures(teamIds, null, from, to, today);
	}

	/**
	 * The figures of these teams in this period, of one consultant's cases or of all.
	 * @param teamIds the teams, all of which the caller may see the figures of
	 * @param ownerId only the cases of this consultant, or null for all
	 * @param from the period's first day
	 * @param to the period's last day, included
	 * @param today the day the ages and due dates are counted from
	 * @return the figures
	 */
	public TeamFigures figures(List<Long> teamIds, Long ownerId, LocalDate from, LocalDate to, LocalDate today) {
		if (teamIds.isEmpty()) {
			return TeamFigures.EMPTY;
		}
		Map<String, Object> params = new HashMap<>(
				Map.of("teams", teamIds.toArray(Long[]::new), "from", from.atStartOfDay(this.zone).toOffsetDateTime(),
						"to", to.plusDays(1).atStartOfDay(this.zone).toOffsetDateTime(), "today", today, "due",
						today.plusDays(DUE_WITHIN_DAYS), "zone", this.zone.getId()));
		params.put("owner", ownerId);

		Map<CaseStatus, Long> byStatus = new EnumMap<>(CaseStatus.class);
		Map<Integer, Long> openByStep = new TreeMap<>();
		long[] flagged = new long[2];
		// In the same pass: the cases involving another department, and those refused
		// without a call, as the team list's filters find them.
		this.jdbc.sql(BY_STATUS).params(params).query((rs) -> {
			CaseStatus status = CaseStatus.valueOf(rs.getString(1));
			long count = rs.getLong(3);
			byStatus.merge(status, count, Long::sum);
			if (status == CaseStatus.DRAFT || status == CaseStatus.CHANGES_REQUESTED) {
				openByStep.merge(Math.min(rs.getInt(2), 4), count, Long::sum);
			}
			flagged[0] += rs.getLong(4);
			flagged[1] += rs.getLong(5);
		});

		// What happened in the period. Durations are measured on the cases approved in
		// it:
		// from opening to the submission that was approved, and from that submission to
		// the decision. Their decisions are counted by kind.
		Map<Choices.DecisionKind, Long> decisions = new EnumMap<>(Choices.DecisionKind.class);
		PeriodFigures period = this.jdbc.sql(PERIOD).params(params).query((rs, n) -> {
			Choices.DecisionKind[] kinds = Choices.DecisionKind.values();
			for (int i = 0; i < kinds.length; i++) {
				decisions.put(kinds[i], rs.getLong(9 + i));
			}
			return new PeriodFigures(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
					(Double) rs.getObject(5), (Double) rs.getObject(6), rs.getLong(7), rs.getLong(8));
		}).single();

		List<ConsultantLoad> workload = this.jdbc.sql(WORKLOAD)
			.params(params)
			.query((rs, n) -> new ConsultantLoad(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
					rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)))
			.list();
		List<PayerCosts> costs = this.jdbc.sql(COSTS)
			.params(params)
			.query((rs, n) -> new PayerCosts(Payer.valueOf(rs.getString(1)), rs.getBigDecimal(2), rs.getBigDecimal(3)))
			.list();
		Map<Integer, Map<String, Long>> effects = new TreeMap<>();
		this.jdbc.sql(EFFECTS).params(params).query((rs) -> {
			effects.computeIfAbsent(rs.getInt(1), (m) -> new java.util.HashMap<>()).put(rs.getString(2), rs.getLong(3));
		});
		return new TeamFigures(byStatus, openByStep, period, workload, costs, effects, decisions, flagged[0],
				flagged[1]);
	}

	/**
	 * The obstacle register: the obstacles met in the cases of these teams approved in
	 * the period, newest approval first, optionally of one kind; at most {@code limit}.
	 */
	public List<ObstacleRow> obstacles(List<Long> teamIds, LocalDate from, LocalDate to, Choices.ObstacleKind kind,
			int limit) {
		return obstacles(teamIds, null, from, to, kind, limit);
	}

	/**
	 * The obstacle register of these teams, of one consultant's cases or of all (null).
	 */
	public List<ObstacleRow> obstacles(List<Long> teamIds, Long ownerId, LocalDate from, LocalDate to,
			Choices.ObstacleKind kind, int limit) {
		if (teamIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(OBSTACLES)
			.param("teams", teamIds.toArray(Long[]::new))
			.param("owner", ownerId)
			.param("from", from.atStartOfDay(this.zone).toOffsetDateTime())
			.param("to", to.plusDays(1).atStartOfDay(this.zone).toOffsetDateTime())
			.param("kind", (kind != null) ? kind.name() : null)
			.param("limit", limit)
			.query((rs, n) -> new ObstacleRow(rs.getLong(1), rs.getString(2), rs.getLong(3),
					Choices.ObstacleKind.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6)))
			.list();
	}

	/**
	 * What the cases cost one payer, without and with maatwerk.
	 *
	 * @param payer who pays
	 * @param withoutMaatwerk the total without maatwerk
	 * @param withMaatwerk the total with maatwerk
	 */
	public record PayerCosts(Payer payer, BigDecimal withoutMaatwerk, BigDecimal withMaatwerk) {

		/** What maatwerk saves this payer (negative: what it costs them extra). */
		public BigDecimal difference() {
			return this.withoutMaatwerk.subtract(this.withMaatwerk);
		}

	}

	/**
	 * One obstacle of the register.
	 *
	 * @param caseId the case it was met in
	 * @param reference the case's reference
	 * @param teamId the case's team
	 * @param kind law, policy rule, work process or culture
	 * @param description what happened
	 * @param lesson the lesson for policy
	 */
	public record ObstacleRow(long caseId, String reference, long teamId, Choices.ObstacleKind kind, String description,
			String lesson) {

	}

	/**
	 * The figures of a lead's overview.
	 *
	 * @param byStatus the teams' cases per status, now
	 * @param openByStep the open cases (draft, or changes requested) per step they are
	 * at, 1 to 4 (complete drafts count at 4)
	 * @param period what happened in the period
	 * @param workload per team and consultant, what is open now
	 * @param costs per payer, what the cases approved in the period cost without and with
	 * maatwerk over their horizon
	 * @param effects per follow-up (6, 12 months) and outcome, the desired effects so
	 * recorded in the period
	 * @param decisions per kind of decision, the cases approved in the period
	 * @param involvingOtherDepartment the teams' cases, now, that involve another
	 * department or organisation
	 * @param refusedWithoutCall the teams' cases, now, refused (whole or in part) without
	 * calling the resident first
	 */
	public record TeamFigures(Map<CaseStatus, Long> byStatus, Map<Integer, Long> openByStep, PeriodFigures period,
			List<ConsultantLoad> workload, List<PayerCosts> costs, Map<Integer, Map<String, Long>> effects,
			Map<Choices.DecisionKind, Long> decisions, long involvingOtherDepartment, long refusedWithoutCall) {

		static final TeamFigures EMPTY = new TeamFigures(Map.of(), Map.of(),
				new PeriodFigures(0, 0, 0, 0, null, null, 0, 0), List.of(), List.of(), Map.of(), Map.of(), 0, 0);

		/** The cases approved in the period with this kind of decision. */
		public long decisions(Choices.DecisionKind kind) {
			return this.decisions.getOrDefault(kind, 0L);
		}

		/**
		 * Effects with this outcome at the follow-up after this many months, in the
		 * period.
		 */
		public long effects(int months, String outcome) {
			return this.effects.getOrDefault(months, Map.of()).getOrDefault(outcome, 0L);
		}

		/** The totals over all payers: without, with, and the difference. */
		public PayerCosts totalCosts() {
			BigDecimal without = BigDecimal.ZERO;
			BigDecimal with = BigDecimal.ZERO;
			for (PayerCosts c : this.costs) {
				without = without.add(c.withoutMaatwerk());
				with = with.add(c.withMaatwerk());
			}
			return new PayerCosts(null, without, with);
		}

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
	 * @param evaluated follow-ups recorded in it
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
	 * @param evaluationsOverdue cases whose next follow-up's date has passed
	 * @param evaluationsDue cases whose next follow-up is due within two weeks
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
