package nl.omgekeerdetoets.similarity;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import nl.omgekeerdetoets.cases.CaseStatus;
import nl.omgekeerdetoets.cases.Choices;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The similarity list in one statement: the earlier cases most like a case, those its
 * consultant compared with, and for each what the reader may see of it. Whether the
 * reader may read a case is decided here, in the statement itself, from the teams whose
 * cases {@code CasePolicy} lets them read: the text of a case they may not read never
 * leaves the database.
 *
 * <p>
 * How alike: the case's desired effects, title, question and real need (weights A and B
 * of {@code case_similarity_terms}, V19 and V26) become a query of their longest words,
 * any of which may match. Candidates are found through the GIN index of
 * {@code similar_case} (V26), one narrow row per approved or evaluated case whose terms
 * also say who may find it: the index answers "shares one of this case's rarest words,
 * and this reader may see it" without reading any case. The rarest words are taken only
 * as far as the statistics expect them to match at most {@link #REACH} cases, and at most
 * {@link #CANDIDATES} are ranked, by {@code ts_rank} over all of their texts plus a bonus
 * per law goal of step 2 they share; so a query of common words costs the same at a
 * million cases as at a thousand.
 */
@Repository
class SimilarCaseQuery {

	/** How many similar cases the list shows. */
	static final int LIMIT = 5;

	/** How many words of the case at hand the query asks for. */
	static final int TERMS = 32;

	/**
	 * How many of those words find the candidates: the rarest, so that the index returns
	 * the cases that share what is particular about this one, not every case that says
	 * "zelf" or "thuis".
	 */
	static final int RARE_TERMS = 8;

	/**
	 * How many cases the rarest words may match together, as the statistics estimate it,
	 * before no more words are added (the rarest is always taken).
	 */
	static final int REACH = 5000;

	/**
	 * How many matching cases are ranked at most: the bound on what one list costs, at
	 * 100k cases 7 ms for 300 (measured with pgbench on the benchmark's data).
	 */
	static final int CANDIDATES = 300;

	/**
	 * What a shared law goal adds to the text rank (which {@code ts_rank}'s normalisation
	 * 32 keeps below 1).
	 */
	static final double GOAL_BONUS = 0.1;

	static final String SQL = """
			with me as (
				select c.id, c.reference, case_similarity_terms(c) as terms, c.goal_ids
				from case_file c
				where c.id = :case and (c.owner_id = :user or c.team_id = any(:teams))
			),
			-- How often words occur, as PostgreSQL's statistics of the column know it
			-- (ANALYZE keeps the most common ones of a tsvector column): a word not listed
			-- is rare. Materialized, so that the list (hundreds of words) is converted to an
			-- array once, not once per word looked up in it (2 ms of 7).
			common as materialized (
				select p.most_common_elems::text::text[] as lexemes, p.most_common_elem_freqs as freqs
				from pg_stats p
				where p.schemaname = current_schema() and p.tablename = 'similar_case' and p.attname = 'terms'
			),
			-- The longest words first, and only for those the statistics' frequency.
			words as (
				select w.lexeme, coalesce(common.freqs[array_position(common.lexemes, w.lexeme)], 0) as freq,
				  '''' || replace(replace(w.lexeme, '\\', '\\\\'), '''', '''''') || '''' as quoted
				from (select u.lexeme
				  from me cross join unnest(me.terms) u
				  where u.weights && array['A', 'B']
				  order by length(u.lexeme) desc, u.lexeme
				  limit :terms) w
				left join common on true
			),
			-- The rarest words: as many as together match at most :reach cases, as the
			-- statistics estimate it, and at least one.
			rare as (
				select quoted
				from (select quoted, row_number() over w as n,
				    sum(freq) over w * (select greatest(reltuples, 0) from pg_class where oid = 'similar_case'::regclass) as reach
				  from words
				  window w as (order by freq, length(lexeme) desc, lexeme rows unbounded preceding)) r
				where n = 1 or (n <= :rare and reach <= :reach)
			),
			-- Who may find which case, in V26's lexemes: the reader's teams, the reader's own
			-- cases, the published entries.
			finder as (
				select string_agg(lexeme, ' | ')::tsquery as q
				from (select '''#t' || t || '''' as lexeme from unnest(:teams) t
				  union all select '''#o' || :user || ''''
				  union all select '''#p''') l
			),
			query as (
				select (select string_agg(quoted, ' | ') from words)::tsquery as q,
				  (select string_agg(quoted, ' | ') from rare)::tsquery && finder.q as filter
				from finder
			),
			-- The query and the filter as values of their own (init plans), so that the
			-- filter is the index condition rather than a join filter. Materialized, so that
			-- the planner plans finding all matches (through the index) instead of reading
			-- the table until :candidates turn up; it is still read only as far as the limit
			-- below asks.
			found as materialized (
				select s.case_id as id, ts_rank(s.terms, (select q from query), 32) as text_rank, s.goal_ids
				from similar_case s
				where s.terms @@ (select filter from query)
				  and (s.owner_id = :user or s.team_id = any(:teams) or s.published)
				  and s.case_id <> :case
			),
			matches as (
				select id, text_rank, goal_ids from found limit :candidates
			),
			-- The law goals a candidate shares with the case: both on the rows already read.
			goals as (
				select m.id, m.text_rank,
				  (select count(*) from unnest(m.goal_ids) g where g = any(me.goal_ids)) as shared
				from matches m cross join me
			),
			ranked as (
				select id, text_rank + :bonus * shared as score, shared
				from goals
				order by score desc, id desc
				limit :limit
			),
			picked as (
				select id, max(score) as score, max(shared) as shared
				from (select id, score, shared from ranked
				  union all
				  select k.compared_case_id, null, null from case_comparison k join me on me.id = k.case_id
				  union all
				  select c.id, null, null from case_file c join me on c.id = :extra) u
				group by id
			)
			select me.reference as me_reference, p.id, p.score,
			  coalesce(p.shared, (select count(*) from unnest(c.goal_ids) g where g = any(me.goal_ids))) as shared,
			  v.readable,
			  case when v.readable then c.reference end as reference,
			  case when v.readable then c.title end as title,
			  case when v.readable then c.owner_id end as owner_id,
			  case when v.readable then c.status end as status,
			  case when v.readable then c.decision_kind end as decision_kind,
			  case when v.readable then c.solution_kind end as solution_kind,
			  case when v.readable then c.solution end as solution,
			  case when v.readable then c.solution_kind_reason end as solution_kind_reason,
			  cost.without_total, cost.with_total,
			  outcome.months, outcome.reached, outcome.partly, outcome.not_reached,
			  b.id as casebook_id, b.title as casebook_title, b.situation, b.question_and_effect,
			  b.solution_and_ground, b.lesson,
			  x.id as exemplary_id, x.title as exemplary_title, x.summary, x.reasoning,
			  k.id as comparison_id, k.note, a.display_name as marked_by, k.updated_at as marked_at,
			  k.version as comparison_version
			from picked p
			cross join me
			join case_file c on c.id = p.id
			cross join lateral (select c.owner_id = :user or c.team_id = any(:teams) as readable) v
			left join case_comparison k on k.case_id = me.id and k.compared_case_id = c.id
			left join account a on a.id = k.marked_by
			left join lateral (
				select sum(t.total) filter (where t.scenario = 'WITHOUT_MAATWERK') as without_total,
				  sum(t.total) filter (where t.scenario = 'WITH_MAATWERK') as with_total
				from (select l.scenario, coalesce(l.years, 0) * case when l.price_item_id is not null
				    then coalesce(round(l.unit_price * l.quantity_per_year, 2), 0)
				    else coalesce(l.amount_per_year, 0) end as total
				  from case_cost l where l.case_id = c.id and l.scenario is not null) t
				where v.readable) cost on true
			left join lateral (
				select f.months,
				  count(r.position) filter (where r.outcome = 'REACHED') as reached,
				  count(r.position) filter (where r.outcome = 'PARTLY') as partly,
				  count(r.position) filter (where r.outcome = 'NOT_REACHED') as not_reached
				from case_follow_up f left join case_follow_up_result r on r.follow_up_id = f.id
				where f.case_id = c.id and f.recorded_at is not null and v.readable
				group by f.id, f.months
				order by f.months desc
				limit 1) outcome on true
			left join lateral (
				select e.id, e.title, e.situation, e.question_and_effect, e.solution_and_ground, e.lesson
				from casebook_entry e
				where e.case_id = c.id and not v.readable
				  and exists (select 1 from casebook_edition_entry ee join casebook_edition ed on ed.id = ee.edition_id
				    where ee.entry_id = e.id and ed.status = 'PUBLISHED')) b on true
			left join lateral (
				select e.id, e.title, e.summary, e.reasoning
				from exemplary_case e
				where e.case_id = c.id and e.share_organisation and not v.readable) x on true
			order by p.score desc nulls last, k.updated_at, p.id desc
			""";

	private final JdbcClient jdbc;

	SimilarCaseQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The list for a case, as one reader may see it.
	 * @param caseId the case at hand; a case the reader may not read has no list
	 * @param userId the reader
	 * @param readableTeamIds the teams whose cases the reader may read besides their own
	 * @param extraCaseId a case to show as well, whether similar or not (the one the
	 * consultant is about to compare with), or null
	 * @return the list, the most alike first, then the other compared cases
	 */
	Result find(long caseId, long userId, List<Long> readableTeamIds, Long extraCaseId) {
		List<String> reference = new ArrayList<>(1);
		List<SimilarCase> cases = this.jdbc.sql(SQL)
			.param("case", caseId)
			.param("user", userId)
			.param("teams", readableTeamIds.toArray(Long[]::new))
			.param("terms", TERMS)
			.param("rare", RARE_TERMS)
			.param("reach", REACH)
			.param("candidates", CANDIDATES)
			.param("bonus", GOAL_BONUS)
			.param("limit", LIMIT)
			.param("extra", (extraCaseId != null) ? extraCaseId : 0L)
			.query((rs, n) -> {
				if (n == 0) {
					reference.add(rs.getString("me_reference"));
				}
				return row(rs);
			})
			.list();
		return new Result(reference.isEmpty() ? null : reference.get(0), cases);
	}

	private static SimilarCase row(ResultSet rs) throws SQLException {
		double score = rs.getDouble("score");
		Double rank = rs.wasNull() ? null : score;
		SimilarCase.Comparison comparison = null;
		long comparisonId = rs.getLong("comparison_id");
		if (!rs.wasNull()) {
			Timestamp at = rs.getTimestamp("marked_at");
			comparison = new SimilarCase.Comparison(comparisonId, rs.getString("note"), rs.getString("marked_by"),
					at.toInstant(), rs.getLong("comparison_version"));
		}
		if (rs.getBoolean("readable")) {
			SimilarCase.Own own = own(rs);
			return new SimilarCase("case-" + own.caseId(), rank, rs.getInt("shared"), own, null, comparison);
		}
		SimilarCase.Entry entry = entry(rs);
		return new SimilarCase((entry != null) ? entry.kind().slug() + "-" + entry.id() : null, rank,
				rs.getInt("shared"), null, entry, comparison);
	}

	private static SimilarCase.Own own(ResultSet rs) throws SQLException {
		String kind = rs.getString("solution_kind");
		SimilarCase.Outcome outcome = null;
		int months = rs.getInt("months");
		if (!rs.wasNull()) {
			outcome = new SimilarCase.Outcome(months, rs.getInt("reached"), rs.getInt("partly"),
					rs.getInt("not_reached"));
		}
		return new SimilarCase.Own(rs.getLong("id"), rs.getString("reference"), rs.getString("title"),
				rs.getLong("owner_id"), CaseStatus.valueOf(rs.getString("status")), rs.getString("decision_kind"),
				(kind != null) ? Choices.SolutionKind.valueOf(kind) : null, rs.getString("solution"),
				rs.getString("solution_kind_reason"), amount(rs, "without_total"), amount(rs, "with_total"), outcome);
	}

	/**
	 * The casebook entry where one is published (it tells the most), else the exemplary
	 * case shared with the organisation, else none.
	 */
	private static SimilarCase.Entry entry(ResultSet rs) throws SQLException {
		long casebookId = rs.getLong("casebook_id");
		if (!rs.wasNull()) {
			return new SimilarCase.Entry(SimilarCase.EntryKind.CASEBOOK, casebookId, rs.getString("casebook_title"),
					List.of(new SimilarCase.Text("similar.entry.situation", rs.getString("situation")),
							new SimilarCase.Text("similar.entry.questionAndEffect",
									rs.getString("question_and_effect")),
							new SimilarCase.Text("similar.entry.solutionAndGround",
									rs.getString("solution_and_ground")),
							new SimilarCase.Text("similar.entry.lesson", rs.getString("lesson"))));
		}
		long exemplaryId = rs.getLong("exemplary_id");
		if (!rs.wasNull()) {
			return new SimilarCase.Entry(SimilarCase.EntryKind.EXEMPLARY, exemplaryId, rs.getString("exemplary_title"),
					List.of(new SimilarCase.Text("similar.entry.summary", rs.getString("summary")),
							new SimilarCase.Text("similar.entry.reasoning", rs.getString("reasoning"))));
		}
		return null;
	}

	private static BigDecimal amount(ResultSet rs, String column) throws SQLException {
		BigDecimal amount = rs.getBigDecimal(column);
		return (amount != null) ? amount : BigDecimal.ZERO;
	}

	/**
	 * The list and the reference of the case it is for (null when the list is empty).
	 */
	record Result(String reference, List<SimilarCase> cases) {
	}

}
