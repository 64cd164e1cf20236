package nl.omgekeerdetoets.cases;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cases waiting for a lead's review, read as the case lists are (see
 * {@link CaseQueries}): only the columns the queue shows, each team's range of the
 * partial index {@code case_file_review_queue} read from its front and merged, and a
 * count shown up to one past {@link #COUNT_LIMIT}. A case the reviewer worked on is left
 * out (maker is not checker); another lead reviews it.
 * <p>
 * The count runs on every page a lead opens (the navigation's badge), so it must not read
 * a whole team: at a million cases an exact count of a city team's queue cost more than
 * the page around it, and counting index entries until the limit still read a thousand of
 * them for a city team. It is the teams' tally of cases in review ({@code case_tally},
 * kept by triggers as statuses change) less those the reviewer owns or worked on: a
 * reviewer's own work, not the team's size, bounds what it reads.
 */
@Service
@Transactional(readOnly = true)
public class ReviewQueue {

	/** Counts stop here; beyond it the queue says "more than 1,000". */
	public static final int COUNT_LIMIT = 1000;

	/**
	 * In review, and neither owned nor worked on by the reviewer. The cases they worked
	 * on are read once, through {@code case_editor_account}, into a hashed set (not in)
	 * rather than probed per case.
	 */
	private static final String IN_QUEUE = "c.status = 'IN_REVIEW' and c.owner_id <> :reviewer"
			+ " and c.id not in (select e.case_id from case_editor e where e.account_id = :reviewer)";

	private final JdbcClient jdbc;

	ReviewQueue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One page of the queue, oldest submission first, and whether a next page exists.
	 * @param teamIds the teams the reviewer reviews
	 * @param reviewerId the reviewer, whose own work is left out
	 * @param counted the queue's length from {@link #count}, which the caller has already
	 * (the navigation shows it on every page), so that no request counts twice
	 * @param pageable the page; its sort is ignored, the order is fixed
	 * @return the page's cases
	 */
	public Page page(List<Long> teamIds, long reviewerId, long counted, Pageable pageable) {
		if (teamIds.isEmpty() || pageable.getOffset() > CaseQueries.MAX_OFFSET) {
			return new Page(List.of(), pageable.getPageNumber(), pageable.getPageSize(), false, counted);
		}
		Statements statements = Statements.of(teamIds, reviewerId, pageable);
		List<QueuedCase> rows = this.jdbc.sql(statements.rows())
			.params(statements.params())
			.query(ReviewQueue::row)
			.list();
		boolean hasNext = rows.size() > pageable.getPageSize();
		return new Page(hasNext ? rows.subList(0, pageable.getPageSize()) : rows, pageable.getPageNumber(),
				pageable.getPageSize(), hasNext, counted);
	}

	/**
	 * The cases in the queue, up to one past {@link #COUNT_LIMIT}: the teams' tally of
	 * cases in review less the reviewer's own.
	 */
	public long count(List<Long> teamIds, long reviewerId) {
		if (teamIds.isEmpty()) {
			return 0;
		}
		Statements statements = Statements.of(teamIds, reviewerId, Pageable.ofSize(1));
		return this.jdbc.sql(statements.count()).params(statements.params()).query(Long.class).single();
	}

	/**
	 * The queue's statements with their named parameters, apart from running them so that
	 * a test can look at their plans (ListPlansTest).
	 *
	 * @param rows the page's rows and one more, to know whether a next page exists: the
	 * front of each team's index range, merged, with the domains as an array
	 * @param count the queue's length, up to one past {@link #COUNT_LIMIT}
	 * @param params the named parameters of both
	 */
	record Statements(String rows, String count, Map<String, Object> params) {

		static Statements of(List<Long> teamIds, long reviewerId, Pageable pageable) {
			Map<String, Object> params = new HashMap<>();
			params.put("reviewer", reviewerId);
			List<String> branches = new ArrayList<>();
			for (int i = 0; i < teamIds.size(); i++) {
				branches.add("(select c.id, c.reference, c.title, c.owner_id, c.submitted_at from case_file c where "
						+ "c.team_id = :team" + i + " and " + IN_QUEUE
						+ " order by c.submitted_at, c.id limit :branchLimit)");
				params.put("team" + i, teamIds.get(i));
			}
			params.put("teams", teamIds);
			params.put("branchLimit", pageable.getOffset() + pageable.getPageSize() + 1);
			params.put("limit", pageable.getPageSize() + 1);
			params.put("offset", pageable.getOffset());
			params.put("countLimit", COUNT_LIMIT + 1);
			String rows = "select p.*, array(select d.domain from case_domain d where d.case_id = p.id order by d.domain)"
					+ " as domains from (select * from (" + String.join(" union all ", branches)
					+ ") u order by submitted_at, id limit :limit offset :offset) p order by submitted_at, id";
			String count = "select least((select coalesce(sum(t.cases), 0) from case_tally t"
					+ " where t.team_id in (:teams) and t.status = 'IN_REVIEW')"
					+ " - (select count(*) from case_file c where c.team_id in (:teams) and c.status = 'IN_REVIEW'"
					+ " and c.id in (select e.case_id from case_editor e where e.account_id = :reviewer"
					+ " union select o.id from case_file o where o.owner_id = :reviewer and o.status = 'IN_REVIEW')),"
					+ " :countLimit)";
			return new Statements(rows, count, params);
		}

	}

	private static QueuedCase row(ResultSet rs, int rowNum) throws SQLException {
		Array domains = rs.getArray("domains");
		return new QueuedCase(rs.getLong("id"), rs.getString("reference"), rs.getString("title"),
				rs.getLong("owner_id"), rs.getTimestamp("submitted_at").toInstant(),
				Arrays.stream((Object[]) domains.getArray())
					.map((domain) -> LawDomain.valueOf((String) domain))
					.collect(Collectors.toList()));
	}

	/**
	 * A case as the queue shows it.
	 *
	 * @param id the case's id
	 * @param reference its reference
	 * @param title its short title
	 * @param ownerId the consultant who submitted it
	 * @param submittedAt when it was submitted
	 * @param domains its law domains
	 */
	public record QueuedCase(long id, String reference, String title, long ownerId, Instant submittedAt,
			List<LawDomain> domains) {

	}

	/**
	 * One page of the queue.
	 *
	 * @param rows the cases on this page
	 * @param number the page number, from 0
	 * @param size the page size
	 * @param hasNext whether a next page exists
	 * @param counted the queue's length, at most {@link #COUNT_LIMIT} + 1
	 */
	public record Page(List<QueuedCase> rows, int number, int size, boolean hasNext, long counted) {

		public boolean isEmpty() {
			return this.rows.isEmpty();
		}

		/** The queue's length as shown: at most {@link #COUNT_LIMIT}. */
		public long total() {
			return Math.min(this.counted, COUNT_LIMIT);
		}

		/** Whether the queue is longer than {@link #total()} says. */
		public boolean totalCapped() {
			return this.counted > COUNT_LIMIT;
		}

		public boolean isFirst() {
			return this.number == 0;
		}

		public boolean isLast() {
			return !this.hasNext;
		}

		public int getNumber() {
			return this.number;
		}

		/**
		 * The number of pages when the total is known; else at least one after this one.
		 */
		public int getTotalPages() {
			int atLeast = this.number + (this.hasNext ? 2 : 1);
			return totalCapped() ? atLeast : Math.max((int) ((total() + this.size - 1) / this.size), atLeast);
		}

		public boolean isTotalPagesKnown() {
			return !totalCapped();
		}

	}

}
