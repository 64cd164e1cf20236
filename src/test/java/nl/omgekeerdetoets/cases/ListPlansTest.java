package nl.omgekeerdetoets.cases;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import nl.omgekeerdetoets.support.QueryPlans;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: on 200,000 cases, half of them in one team, the statements of a case list
 * page read a bounded number of buffers, not the team. PostgreSQL runs them with
 * {@code EXPLAIN (ANALYZE, BUFFERS)} in a database of their own (the plans depend on the
 * data, and the other tests' small teams must not be slowed down), migrated by the app's
 * own Flyway scripts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListPlansTest {

	static final int CASES = 200_000;

	/**
	 * Buffers of one list page, or of counts stopped at 1,001 (with a filter that one
	 * case in four matches, about 1,700): a fraction of what reading the viewed team
	 * costs.
	 */
	static final long BUFFER_BOUND = 2_000;

	/**
	 * Buffers of a count stopped at 1,001 with a filter. Before V27 a law domain's count
	 * could take a plan that looked up the domains of each of the team's cases until
	 * 1,001 matched (about 13,000 buffers for a domain one case in four has) or read
	 * every team's domain rows, depending on the statistics ANALYZE sampled; with the
	 * team on the domain's row the count reads the index range (team, domain). A search
	 * for a common word counts through the index of the team's default order, which holds
	 * the searched text (V28): about 4,000 entries here, and as many looks at the
	 * visibility map, whose two pages count as a buffer each time the next entry's row
	 * lies under the other one (about 1,500 in all).
	 */
	static final long COUNT_BUFFER_BOUND = 3_000;

	/**
	 * Rows one step of a plan may produce or test and throw away: under a third of the
	 * viewed team. Buffers alone do not see the work of a bitmap over every match of a
	 * search word in all teams (83,000 at a million cases, in a few hundred index pages),
	 * nor every row tested in pages already read. The largest step allowed is the count
	 * of a law domain, which hashes the team's cases of that domain from their index
	 * range (25,000 index entries here, one case in four; about 5 ms at a million cases,
	 * four times faster than looking up 1,001 of them one by one).
	 */
	static final long ROW_BOUND = 30_000;

	/**
	 * Rows of the cases the statements of a lead's overview may read from the table: the
	 * approved cases in the period that met an obstacle, for the register (about 1,100
	 * here). Everything else they count of the team's 100,000 cases comes from indexes
	 * that hold the columns counted.
	 */
	static final long OVERVIEW_CASE_ROW_BOUND = 2_000;

	static final long VIEWED_TEAM = 1;

	static final long OTHER_TEAM = 2;

	static final long OWNER = 1;

	/** A lead of both teams, who worked on none of the cases. */
	static final long LEAD = 21;

	QueryPlans plans;

	JdbcClient jdbc;

	@BeforeAll
	void twoHundredThousandCases() {
		this.plans = QueryPlans.inDatabase("list_plans");
		this.jdbc = this.plans.jdbc();
		this.jdbc.sql("""
				insert into team (id, name, cases_visible_to_members, archived, created_at, version)
				overriding system value values (1, 'Bekeken team', true, false, now(), 0),
				                               (2, 'Ander team', true, false, now(), 0)
				""").update();
		this.jdbc.sql("""
				insert into account (id, username, display_name, password_hash, role, active, created_at, version)
				overriding system value
				select n, 'consulent' || n, 'Consulent ' || n, '{noop}x', 'CONSULTANT', true, now(), 0
				from generate_series(1, 21) as n
				""").update();
		// Half the cases in the viewed team, a tenth of those by one consultant; titles
		// from a
		// short list, one in eight a scootmobiel; statuses, steps and changes spread over
		// years, in no relation to where a row lies in the table (as in a real database,
		// where old cases change: when a list's order followed the rows' order the
		// planner
		// walked the team's index where at a million cases it did not). One case in seven
		// involves another department, one in 53 is refused without a call, in every team
		// and status.
		this.jdbc
			.sql("""
					insert into case_file (reference, title, resident, question_as_asked, team_id, owner_id, status,
					                       current_step, follow_up_months, follow_up_due, submitted_at, created_at, updated_at,
					                       involves_other_department, refused_without_call, solution_kind, decision_kind, obstacles)
					select 'P-' || n,
					       (array['Scootmobiel voor de markt', 'Schulden en huur', 'Begeleiding thuis', 'Vervoer naar werk',
					              'Woningaanpassing badkamer', 'Dagbesteding', 'Mantelzorg ontlasten',
					              'Jeugdhulp gezin'])[1 + n % 8],
					       'mevr. P.', 'Vraag ' || n || ': ' || repeat('Mevrouw wil graag zelf boodschappen doen. ', 30), 1 + n % 2, 1 + n % 20,
					       (array['DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'APPROVED', 'EVALUATED'])[1 + n % 5],
					       1 + n % 5, case when n % 5 in (3, 4) then 6 + 6 * (n % 2) end,
					       case when n % 5 in (3, 4) then date '2026-01-01' + (n % 700) end,
					       case when n % 5 = 1 then now() - ((n::bigint * 104729) % :cases) * interval '3 minutes' end,
					       now() - (n % 1500) * interval '1 day', now() - ((n::bigint * 7919) % :cases) * interval '7 minutes',
					       n % 7 = 2, n % 53 = 6,
					       case when n % 5 in (3, 4) then (array['QUICK_FIX', 'SUSTAINABLE'])[1 + n % 2] end,
					       case when n % 5 in (3, 4) then (array['GRANTED_AS_ASKED', 'MAATWERK', 'PARTLY_GRANTED', 'REFUSED'])[1 + n % 4] end,
					       case when n % 5 = 3 and n % 3 = 0
					         then '[{"kind": "POLICY_RULE", "description": "De beleidsregel kent geen uitzondering.", "lesson": "Vraag het beleid."}]'::jsonb
					         else '[]'::jsonb end
					from generate_series(1, :cases) as n
					""")
			.param("cases", CASES)
			.update();
		this.jdbc.sql("""
				insert into case_domain (case_id, domain)
				select id, (array['WMO', 'JEUGD', 'PARTICIPATIE', 'SCHULDHULP'])[1 + (id / 2) % 4] from case_file
				""").update();
		// As in the app: whoever worked on a case is its editor, the owner first of all.
		this.jdbc.sql("insert into case_editor (case_id, account_id) select id, owner_id from case_file").update();
		// What the overview counts in a period: the approved and evaluated cases (two in
		// five) were approved over the last three years, one in five of them twice (a
		// case
		// reopened); each has two cost lines; the evaluated ones had their follow-up at
		// six
		// months recorded, with two effects.
		this.jdbc.sql("""
				insert into review_decision (case_id, round, reviewer_id, decision, decided_at)
				select id, 1, :lead, 'APPROVED', now() - ((id * 7919) % 1095) * interval '1 day' from case_file
				where status in ('APPROVED', 'EVALUATED')
				union all
				select id, 2, :lead, 'APPROVED', now() - ((id * 7919) % 1095) * interval '1 day' + interval '20 days'
				from case_file where status in ('APPROVED', 'EVALUATED') and id % 25 in (3, 4)
				""").param("lead", LEAD).update();
		this.jdbc
			.sql("""
					insert into case_cost (case_id, position, scenario, payer, description, amount_per_year, years)
					select id, p, (array['WITHOUT_MAATWERK', 'WITH_MAATWERK'])[p + 1], 'MUNICIPALITY_WMO', 'Kosten', 1000 * (2 - p), 3
					from case_file, generate_series(0, 1) as p where status in ('APPROVED', 'EVALUATED')
					""")
			.update();
		this.jdbc
			.sql("""
					insert into case_follow_up (case_id, months, due_on, recorded_at, recorded_by)
					select id, 6, date '2026-01-01' + (id % 700)::int, now() - ((id * 104729) % 1095) * interval '1 day', owner_id
					from case_file where status = 'EVALUATED'
					""")
			.update();
		this.jdbc
			.sql("""
					insert into case_follow_up_result (follow_up_id, position, outcome)
					select id, p, (array['REACHED', 'PARTLY', 'NOT_REACHED'])[1 + (id + p) % 3] from case_follow_up, generate_series(0, 1) as p
					""")
			.update();

		this.jdbc.sql("vacuum analyze").update();
	}

	static Stream<Arguments> pages() {
		return Stream.of(page("team list", null, List.of(VIEWED_TEAM), filter(null, null, null, null), 0),
				page("team list, page 50", null, List.of(VIEWED_TEAM), filter(null, null, null, null), 49),
				page("two teams merged", null, List.of(VIEWED_TEAM, OTHER_TEAM), filter(null, null, null, null), 1),
				page("by title", null, List.of(VIEWED_TEAM), filter(null, null, null, "title"), 1),
				page("by reference", null, List.of(VIEWED_TEAM), filter(null, null, null, "reference"), 1),
				page("by next follow-up", null, List.of(VIEWED_TEAM), filter(null, null, null, "followUp"), 1),
				page("in review", null, List.of(VIEWED_TEAM), filter(null, CaseStatus.IN_REVIEW, null, null), 1),
				page("youth care", null, List.of(VIEWED_TEAM), filter(null, null, LawDomain.JEUGD, null), 1),
				page("search, common word", null, List.of(VIEWED_TEAM), filter("scoot", null, null, null), 1),
				page("search, rare word", null, List.of(VIEWED_TEAM), filter("zzqx", null, null, null), 0),
				page("my cases", OWNER, List.of(), filter(null, null, null, null), 1),
				page("my cases in review", OWNER, List.of(), filter(null, CaseStatus.IN_REVIEW, null, null), 0),
				page("other department", null, List.of(VIEWED_TEAM), flags(true, null, null, null), 1),
				page("other department by title", null, List.of(VIEWED_TEAM), flags(true, null, null, "title"), 1),
				page("other department by reference", null, List.of(VIEWED_TEAM), flags(true, null, null, "reference"),
						1),
				page("other department by follow-up", null, List.of(VIEWED_TEAM), flags(true, null, null, "followUp"),
						1),
				page("other department, two teams", null, List.of(VIEWED_TEAM, OTHER_TEAM),
						flags(true, null, null, null), 0),
				page("other department in review", null, List.of(VIEWED_TEAM),
						flags(true, null, CaseStatus.IN_REVIEW, null), 0),
				page("refused without call", null, List.of(VIEWED_TEAM), flags(null, true, null, null), 1),
				page("refused without call by title", null, List.of(VIEWED_TEAM), flags(null, true, null, "title"), 0),
				page("refused without call by follow-up", null, List.of(VIEWED_TEAM),
						flags(null, true, null, "followUp"), 0),
				page("refused without call, other team", null, List.of(OTHER_TEAM), flags(null, true, null, null), 0),
				page("refused without call in review", null, List.of(VIEWED_TEAM),
						flags(null, true, CaseStatus.IN_REVIEW, null), 0),
				page("my cases, other department", OWNER, List.of(), flags(true, null, null, null), 0),
				page("my cases, refused without call", OWNER, List.of(), flags(null, true, null, null), 0));
	}

	private static CaseFilter flags(Boolean otherDepartment, Boolean refusedWithoutCall, CaseStatus status,
			String sort) {
		return new CaseFilter(null, status, null, null, null, sort, otherDepartment, refusedWithoutCall);
	}

	private static Arguments page(String name, Long owner, List<Long> teams, CaseFilter filter, int page) {
		return Arguments.of(Named.of(name, CaseQueries.Statements.of(owner, teams, filter, PageRequest.of(page, 20))));
	}

	private static CaseFilter filter(String q, CaseStatus status, LawDomain domain, String sort) {
		return new CaseFilter(q, status, domain, null, null, sort, null, null);
	}

	@ParameterizedTest(name = "{0}: rows")
	@MethodSource("pages")
	void thePageReadsABoundedNumberOfBuffers(CaseQueries.Statements statements) {
		assertThat(buffers(statements.rows(), statements.params()))
			.as(() -> plan(statements.rows(), statements.params()))
			.isLessThanOrEqualTo(BUFFER_BOUND);
	}

	@ParameterizedTest(name = "{0}: counts")
	@MethodSource("pages")
	void theCountsReadABoundedNumberOfBuffers(CaseQueries.Statements statements) {
		assertThat(buffers(statements.counts(), statements.params()))
			.as(() -> plan(statements.counts(), statements.params()))
			.isLessThanOrEqualTo(COUNT_BUFFER_BOUND);
	}

	@ParameterizedTest(name = "{0}: rows handled")
	@MethodSource("pages")
	void noStepOfThePageOrItsCountsHandlesTheWholeTeam(CaseQueries.Statements statements) {
		assertThat(rowsHandled(statements.rows(), statements.params()))
			.as(() -> plan(statements.rows(), statements.params()))
			.isLessThanOrEqualTo(ROW_BOUND);
		assertThat(rowsHandled(statements.counts(), statements.params()))
			.as(() -> plan(statements.counts(), statements.params()))
			.isLessThanOrEqualTo(ROW_BOUND);
	}

	/**
	 * The review queue of a lead of both teams (20,000 cases in review in the viewed
	 * team): its pages and its count, which every page of a lead shows.
	 */
	static Stream<Arguments> queues() {
		return Stream.of(queue("queue of one team", List.of(VIEWED_TEAM), 0),
				queue("queue of two teams, page 10", List.of(VIEWED_TEAM, OTHER_TEAM), 9));
	}

	private static Arguments queue(String name, List<Long> teams, int page) {
		return Arguments.of(Named.of(name, ReviewQueue.Statements.of(teams, LEAD, PageRequest.of(page, 25))));
	}

	@ParameterizedTest(name = "{0}: rows")
	@MethodSource("queues")
	void theReviewQueueReadsABoundedNumberOfBuffers(ReviewQueue.Statements statements) {
		assertThat(buffers(statements.rows(), statements.params()))
			.as(() -> plan(statements.rows(), statements.params()))
			.isLessThanOrEqualTo(BUFFER_BOUND);
	}

	@ParameterizedTest(name = "{0}: count")
	@MethodSource("queues")
	void theReviewQueueCountReadsABoundedNumberOfBuffers(ReviewQueue.Statements statements) {
		assertThat(buffers(statements.count(), statements.params()))
			.as(() -> plan(statements.count(), statements.params()))
			.isLessThanOrEqualTo(BUFFER_BOUND);
		assertThat(this.jdbc.sql(statements.count()).params(statements.params()).query(Long.class).single())
			.isEqualTo(ReviewQueue.COUNT_LIMIT + 1);
		// The teams' tally rows and the lead's own work, not the thousand cases waiting.
		assertThat(rowsHandled(statements.count(), statements.params()))
			.as(() -> plan(statements.count(), statements.params()))
			.isLessThanOrEqualTo(200);
	}

	@Test
	void theStartPagesFollowUpsDueReadABoundedNumberOfBuffers() {
		// The owner with the most cases, a tenth of all, two in five of them approved.
		Map<String, Object> params = Map.of("owner", OWNER, "horizon", java.time.LocalDate.of(2027, 6, 1), "limit", 6);
		assertThat(buffers(FollowUps.DUE, params)).as(() -> plan(FollowUps.DUE, params)).isLessThanOrEqualTo(50);
	}

	/**
	 * A lead's overview of the viewed team (100,000 cases) and a consultant's own figures
	 * (10,000), in the last six months.
	 */
	static Stream<Arguments> overviews() {
		return Stream.of("by status", "period", "workload", "costs", "effects", "obstacles")
			.flatMap((name) -> Stream.of(overview(name, null), overview(name, OWNER)));
	}

	private static Arguments overview(String name, Long owner) {
		String sql = switch (name) {
			case "by status" -> CaseFigures.BY_STATUS;
			case "period" -> CaseFigures.PERIOD;
			case "workload" -> CaseFigures.WORKLOAD;
			case "costs" -> CaseFigures.COSTS;
			case "effects" -> CaseFigures.EFFECTS;
			default -> CaseFigures.OBSTACLES;
		};
		java.time.LocalDate today = java.time.LocalDate.now();
		Map<String, Object> params = new java.util.HashMap<>(Map.of("teams", new Long[] { VIEWED_TEAM }, "from",
				today.minusMonths(6).atStartOfDay().atOffset(java.time.ZoneOffset.UTC), "to",
				today.plusDays(1).atStartOfDay().atOffset(java.time.ZoneOffset.UTC), "today", today, "due",
				today.plusDays(CaseFigures.DUE_WITHIN_DAYS), "zone", "Europe/Amsterdam", "limit", 200));
		params.put("owner", owner);
		params.put("kind", null);
		return Arguments.of(Named.of(name + ((owner != null) ? ", own figures" : ""), Map.entry(sql, params)));
	}

	@ParameterizedTest(name = "overview, {0}")
	@MethodSource("overviews")
	void theOverviewReadsTheTeamThroughAnIndexOnly(Map.Entry<String, Map<String, Object>> statement) {
		assertThat(caseRowsRead(statement.getKey(), statement.getValue()))
			.as(() -> plan(statement.getKey(), statement.getValue()))
			.isLessThanOrEqualTo(OVERVIEW_CASE_ROW_BOUND);
	}

	/**
	 * The rows of {@code case_file} the plan read from the table (over all loops), not
	 * from an index alone.
	 */
	private long caseRowsRead(String sql, Map<String, Object> params) {
		return this.plans.explain(sql, params)
			.stream()
			.map(CASE_ROWS_READ::matcher)
			.filter(Matcher::find)
			// A lookup that found no row (rows=0, PostgreSQL rounds the rows per loop)
			// still
			// looked: every loop counts.
			.mapToLong((read) -> Math.max(1, Long.parseLong(read.group(1))) * Long.parseLong(read.group(2)))
			.sum();
	}

	@Test
	void readingTheWholeTeamWouldCostFarMore() {
		long team = buffers("select count(title) from case_file where team_id = :team0", Map.of("team0", VIEWED_TEAM));
		assertThat(team).isGreaterThan(3 * BUFFER_BOUND);
		assertThat(rowsHandled("select count(*) from case_file where team_id = :team0", Map.of("team0", VIEWED_TEAM)))
			.isGreaterThan(3 * ROW_BOUND);
	}

	/**
	 * The most rows one node of the plan produced (over all its loops) and threw away by
	 * its filter or recheck.
	 */
	private long rowsHandled(String sql, Map<String, Object> params) {
		long most = 0;
		long node = 0;
		for (String line : this.plans.explain(sql, params)) {
			Matcher actual = ACTUAL_ROWS.matcher(line);
			Matcher removed = REMOVED.matcher(line);
			if (actual.find()) {
				node = Long.parseLong(actual.group(1)) * Long.parseLong(actual.group(2));
			}
			else if (removed.find()) {
				node += Long.parseLong(removed.group(1));
			}
			most = Math.max(most, node);
		}
		return most;
	}

	private long buffers(String sql, Map<String, Object> params) {
		return this.plans.buffers(sql, params);
	}

	private String plan(String sql, Map<String, Object> params) {
		return this.plans.plan(sql, params);
	}

	private static final Pattern ACTUAL_ROWS = Pattern.compile("actual time=\\S+ rows=(\\d+) loops=(\\d+)");

	private static final Pattern CASE_ROWS_READ = Pattern
		.compile("(?:Seq Scan|Bitmap Heap Scan|Index Scan(?: Backward)? using \\S+) on case_file\\b.*"
				+ "actual time=\\S+ rows=(\\d+) loops=(\\d+)");

	private static final Pattern REMOVED = Pattern.compile("Rows Removed by (?:Filter|Index Recheck): (\\d+)");

}
