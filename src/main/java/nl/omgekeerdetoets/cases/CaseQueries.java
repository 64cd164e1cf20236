package nl.omgekeerdetoets.cases;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.omgekeerdetoets.teams.AccountService;
import nl.omgekeerdetoets.teams.SignedInUser;
import nl.omgekeerdetoets.teams.TeamService;
import nl.omgekeerdetoets.teams.TeamSummary;

import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case lists: a consultant's own cases, and the cases of a team. Filtered, sorted and
 * paginated in PostgreSQL, in plain SQL because the cost is the point: a page reads the
 * rows it shows, and only their columns, from the front of an index range (see V7); with
 * several teams, the front of each team's range, merged. Counts stop at
 * {@link CaseListPage#COUNT_LIMIT}. So a page costs the same at ten thousand cases as at
 * a million: four statements (teams, rows, counts, owner names) in one read-only
 * transaction.
 */
@Service
@Transactional(readOnly = true)
class CaseQueries {

	enum Scope {

		MINE, TEAM

	}

	/**
	 * Pages beyond this many rows are not read: nobody pages through ten thousand cases,
	 * and reading past them would cost what the lists must not. Searching and filtering
	 * find them.
	 */
	static final int MAX_OFFSET = 10_000;

	private static final String COLUMNS = "id, reference, title, owner_id, team_id, status, current_step, "
			+ "evaluation_date, updated_at";

	private final JdbcClient jdbc;

	private final TeamService teams;

	private final AccountService accounts;

	private final Clock clock;

	CaseQueries(JdbcClient jdbc, TeamService teams, AccountService accounts, Clock clock) {
		this.jdbc = jdbc;
		this.teams = teams;
		this.accounts = accounts;
		this.clock = clock;
	}

	CaseListPage list(SignedInUser user, Scope scope, CaseFilter filter, Pageable pageable) {
		List<TeamSummary> teams = this.teams.teamsOf(user.id());
		Map<Long, String> teamNames = teams.stream()
			.collect(Collectors.toMap(TeamSummary::id, TeamSummary::name, (a, b) -> a, java.util.LinkedHashMap::new));
		LocalDate today = LocalDate.now(this.clock);
		// My cases are all cases I own, also those left in a team I moved away from; team
		// cases are those of the teams I may read.
		Sql scopeSql = new Sql();
		List<String> ranges = new ArrayList<>();
		if (scope == Scope.MINE) {
			ranges.add("owner_id = :owner");
			scopeSql.param("owner", user.id());
		}
		else {
			List<Long> teamIds = CasePolicy.readableTeamIds(user, teams);
			if (filter.team() != null && teamIds.contains(filter.team())) {
				teamIds = List.of(filter.team());
			}
			for (int i = 0; i < teamIds.size(); i++) {
				ranges.add("team_id = :team" + i);
				scopeSql.param("team" + i, teamIds.get(i));
			}
		}
		if (ranges.isEmpty() || pageable.getOffset() > MAX_OFFSET) {
			return CaseListPage.empty(pageable.getPageSize(), teamNames, today);
		}

		Sql filters = filters(filter);
		List<CaseRow> rows = rows(ranges, scopeSql, filters, filter, pageable);
		boolean hasNext = rows.size() > pageable.getPageSize();
		if (hasNext) {
			rows = rows.subList(0, pageable.getPageSize());
		}
		Map<CaseStatus, Long> counts = counts(ranges, scopeSql, filters);
		Map<Long, String> ownerNames = rows.isEmpty() ? Map.of()
				: this.accounts.displayNames(rows.stream().map(CaseRow::ownerId).collect(Collectors.toSet()));
		return new CaseListPage(rows, pageable.getPageNumber(), pageable.getPageSize(), hasNext, counts,
				filter.status(), ownerNames, teamNames, today);
	}

	/**
	 * The page and one row more (to know whether a next page exists). Each scope range
	 * (the owner, or each team) gives its first rows in the list's order through its
	 * index; the union is ordered and cut once more. The domains of the page's cases come
	 * along as an array.
	 */
	private List<CaseRow> rows(List<String> ranges, Sql scope, Sql filters, CaseFilter filter, Pageable pageable) {
		String order = order(filter.sortOrDefault());
		String where = filters.where() + ((filter.status() != null) ? " and status = :status" : "");
		long limit = pageable.getOffset() + pageable.getPageSize() + 1;
		String branches = ranges.stream()
			.map((range) -> "(select " + COLUMNS + " from case_file where " + range + where + " order by " + order
					+ " limit :branchLimit)")
			.collect(Collectors.joining(" union all "));
		String sql = "select p.*, array(select d.domain from case_domain d where d.case_id = p.id order by d.domain)"
				+ " as domains from (select * from (" + branches + ") u order by " + order
				+ " limit :limit offset :offset) p order by " + order;
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql)
			.params(scope.params)
			.params(filters.params)
			.param("branchLimit", limit)
			.param("limit", pageable.getPageSize() + 1)
			.param("offset", pageable.getOffset());
		if (filter.status() != null) {
			statement = statement.param("status", filter.status().name());
		}
		return statement.query(CaseQueries::row).list();
	}

	/**
	 * Per status, the cases of the scope matching the other filters, counted up to one
	 * more than the limit: one statement, each count an index range that stops there.
	 */
	private Map<CaseStatus, Long> counts(List<String> ranges, Sql scope, Sql filters) {
		String inScope = ranges.stream().map((range) -> "(" + range + ")").collect(Collectors.joining(" or "));
		String statuses = Arrays.stream(CaseStatus.values())
			.map((status) -> "('" + status.name() + "')")
			.collect(Collectors.joining(", "));
		String sql = "select s.status, (select count(*) from (select 1 from case_file where (" + inScope
				+ ") and status = s.status" + filters.where() + " limit :countLimit) x) as total from (values "
				+ statuses + ") as s(status)";
		Map<CaseStatus, Long> counts = new EnumMap<>(CaseStatus.class);
		this.jdbc.sql(sql)
			.params(scope.params)
			.params(filters.params)
			.param("countLimit", CaseListPage.COUNT_LIMIT + 1)
			.query((rs, n) -> Map.entry(CaseStatus.valueOf(rs.getString(1)), rs.getLong(2)))
			.list()
			.forEach((entry) -> counts.put(entry.getKey(), entry.getValue()));
		return counts;
	}

	/**
	 * The filters other than scope and status, as SQL conditions with their parameters.
	 */
	private static Sql filters(CaseFilter filter) {
		Sql sql = new Sql();
		if (filter.domain() != null) {
			sql.condition("exists (select 1 from case_domain d where d.case_id = case_file.id and d.domain = :domain)")
				.param("domain", filter.domain().name());
		}
		if (filter.step() != null) {
			sql.condition("current_step = :step").param("step", filter.step());
		}
		if (!filter.query().isEmpty()) {
			String like = "%"
					+ filter.query().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
			sql.condition("(lower(title) like :like or lower(reference) like :like)").param("like", like);
		}
		return sql;
	}

	/** Each order matches an index of V7 per team and, for the default, per owner. */
	private static String order(String sort) {
		return switch (sort) {
			case "reference" -> "reference desc";
			case "title" -> "lower(title), id desc";
			case "evaluation" -> "evaluation_date, id desc";
			default -> "updated_at desc, id desc";
		};
	}

	private static CaseRow row(ResultSet rs, int rowNum) throws SQLException {
		Array domains = rs.getArray("domains");
		List<LawDomain> lawDomains = Arrays.stream((Object[]) domains.getArray())
			.map((domain) -> LawDomain.valueOf((String) domain))
			.toList();
		java.sql.Date evaluation = rs.getDate("evaluation_date");
		return new CaseRow(rs.getLong("id"), rs.getString("reference"), rs.getString("title"), rs.getLong("owner_id"),
				rs.getLong("team_id"), CaseStatus.valueOf(rs.getString("status")), rs.getInt("current_step"),
				(evaluation != null) ? evaluation.toLocalDate() : null, rs.getTimestamp("updated_at").toInstant(),
				lawDomains);
	}

	/** SQL conditions, each starting with " and ", and their named parameters. */
	private static final class Sql {

		private final StringBuilder where = new StringBuilder();

		private final Map<String, Object> params = new HashMap<>();

		Sql condition(String condition) {
			this.where.append(" and ").append(condition);
			return this;
		}

		Sql param(String name, Object value) {
			this.params.put(name, value);
			return this;
		}

		String where() {
			return this.where.toString();
		}

	}

}
