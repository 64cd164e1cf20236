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
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

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
 * a million: three statements (teams; rows with their consultants' names; counts) in one
 * read-only transaction.
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
			+ "follow_up_months, follow_up_due, updated_at, involves_other_department, refused_without_call";

	private final JdbcClient jdbc;

	private final TeamService teams;

	private final Clock clock;

	CaseQueries(JdbcClient jdbc, TeamService teams, Clock clock) {
		this.jdbc = jdbc;
		this.teams = teams;
		this.clock = clock;
	}

	CaseListPage list(SignedInUser user, Scope scope, CaseFilter filter, Pageable pageable) {
		List<TeamSummary> teams = this.teams.teamsOf(user.id());
		Map<Long, String> teamNames = teams.stream()
			.collect(Collectors.toMap(TeamSummary::id, TeamSummary::name, (a, b) -> a, java.util.LinkedHashMap::new));
		LocalDate today = LocalDate.now(this.clock);
		// My cases are all cases I own, also those left in a team I moved away from; team
		// cases are those of the teams I may read.
		List<Long> teamIds = List.of();
		if (scope == Scope.TEAM) {
			teamIds = CasePolicy.readableTeamIds(user, teams);
			if (filter.team() != null && teamIds.contains(filter.team())) {
				teamIds = List.of(filter.team());
			}
		}
		if ((scope == Scope.TEAM && teamIds.isEmpty()) || pageable.getOffset() > MAX_OFFSET) {
			return CaseListPage.empty(pageable.getPageSize(), teamNames, today);
		}
		Statements statements = Statements.of((scope == Scope.MINE) ? user.id() : null, teamIds, filter, pageable);
		List<Listed> listed = this.jdbc.sql(statements.rows())
			.params(statements.params())
			.query((rs, rowNum) -> new Listed(row(rs, rowNum), rs.getString("owner_name")))
			.list();
		List<CaseRow> rows = listed.stream().map(Listed::row).toList();
		boolean hasNext = rows.size() > pageable.getPageSize();
		if (hasNext) {
			rows = rows.subList(0, pageable.getPageSize());
		}
		Map<CaseStatus, Long> counts = new EnumMap<>(CaseStatus.class);
		Long filtered = null;
		for (Map.Entry<String, Long> count : this.jdbc.sql(statements.counts())
			.params(statements.params())
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list()) {
			if (count.getKey().equals(Statements.FILTERED)) {
				filtered = count.getValue();
			}
			else {
				counts.put(CaseStatus.valueOf(count.getKey()), count.getValue());
			}
		}
		Map<Long, String> ownerNames = listed.stream()
			.limit(rows.size())
			.collect(Collectors.toMap((shown) -> shown.row().ownerId(), Listed::ownerName, (a, b) -> a));
		return new CaseListPage(rows, pageable.getPageNumber(), pageable.getPageSize(), hasNext, counts,
				filter.status(), filtered, ownerNames, teamNames, today);
	}

	/** A row of the list, and the name of its consultant as the team list shows it. */
	private record Listed(CaseRow row, String ownerName) {
	}

	/**
	 * The two statements of a list page, with their named parameters: its rows and its
	 * counts per status. Apart from running them, so that a test can look at their plans
	 * (ListPlansTest).
	 *
	 * @param rows the page's rows and one more (to know whether a next page exists). Each
	 * scope range (the owner, or each team) gives its first rows in the list's order
	 * through its index; the union is ordered and cut once more. The domains of the
	 * page's cases come along as an array.
	 * @param counts per status, the cases of the scope from the tally (V30); and the
	 * cases of the scope matching the other filters, counted up to one more than the
	 * limit
	 */
	record Statements(String rows, String counts, Map<String, Object> params) {

		/** The row of {@link #counts} that counts the cases matching all filters. */
		static final String FILTERED = "FILTERED";

		static Statements of(Long ownerId, List<Long> teamIds, CaseFilter filter, Pageable pageable) {
			Map<String, Object> params = new HashMap<>();
			List<String> ranges = new ArrayList<>();
			if (ownerId != null) {
				ranges.add("owner_id = :owner");
				params.put("owner", ownerId);
			}
			else {
				for (int i = 0; i < teamIds.size(); i++) {
					ranges.add("team_id = :team" + i);
					params.put("team" + i, teamIds.get(i));
				}
			}
			String filters = filters(filter, params);
			Order sort = Order.of(filter.sortOrDefault());
			String order = sort.onRows();
			String where = filters + ((filter.status() != null) ? " and status = :status" : "");
			if (filter.status() != null) {
				params.put("status", filter.status().name());
			}
			// Each branch finds the page's cases by their keys alone, which the order's
			// index
			// holds (and, in the default order, also the searched text): the rows
			// themselves
			// are read only for the cases the page shows.
			String branches = ranges.stream()
				.map((range) -> "(select id, " + sort.key() + " as sort_key from case_file where " + range + where
						+ " order by " + order + " limit :branchLimit)")
				.collect(Collectors.joining(" union all "));
			String keyOrder = sort.over("sort_key", "id");
			String rows = "select " + COLUMNS.replaceAll("(\\w+)", "c.$1")
					+ ", array(select d.domain from case_domain d where d.case_id = c.id order by d.domain) as domains"
					+ ", (select a.display_name from account a where a.id = c.owner_id) as owner_name"
					+ " from (select id, sort_key from (" + branches + ") u order by " + keyOrder
					+ " limit :limit offset :offset) k join case_file c on c.id = k.id order by "
					+ sort.over("k.sort_key", "k.id");
			params.put("branchLimit", pageable.getOffset() + pageable.getPageSize() + 1);
			params.put("limit", pageable.getPageSize() + 1);
			params.put("offset", pageable.getOffset());

			// Per status over the whole scope, from the tally the database keeps (V30):
			// one
			// row per consultant, team and status. When other filters are set, also the
			// cases that match them all, counted up to one past the limit.
			String inScope = (ownerId != null) ? "owner_id = :owner"
					: "team_id in (" + ranges.stream()
						.map((range) -> range.substring(range.indexOf(':')))
						.collect(Collectors.joining(", ")) + ")";
			String counts = "select status, sum(cases)::bigint as total from case_tally where " + inScope
					+ " group by status";
			if (!filters.isEmpty()) {
				counts += " union all select '" + FILTERED + "', (select count(*) from (select 1 from case_file where "
						+ inScope + where + " limit :countLimit) x)";
			}
			params.put("countLimit", CaseListPage.COUNT_LIMIT + 1);
			return new Statements(rows, counts, params);
		}

	}

	/** The filters other than scope and status, as SQL conditions, each after " and ". */
	private static String filters(CaseFilter filter, Map<String, Object> params) {
		StringBuilder where = new StringBuilder();
		if (filter.domain() != null) {
			// The team condition is always true (V27 keeps a domain's team the case's);
			// it lets the planner find a team's cases of a domain in the index range
			// (team, domain) instead of looking up the domains of each of the team's
			// cases.
			where.append(" and exists (select 1 from case_domain d where d.case_id = case_file.id"
					+ " and d.team_id = case_file.team_id and d.domain = :domain)");
			params.put("domain", filter.domain().name());
		}
		if (filter.step() != null) {
			where.append(" and current_step = :step");
			params.put("step", filter.step());
		}
		// Literal conditions, so that the planner matches them to the partial indexes of
		// V18.
		if (Boolean.TRUE.equals(filter.otherDepartment())) {
			where.append(" and involves_other_department");
		}
		if (Boolean.TRUE.equals(filter.refusedWithoutCall())) {
			where.append(" and refused_without_call");
		}
		if (!filter.query().isEmpty()) {
			// V28: title and reference in lower case, in the default order's index.
			where.append(" and search_text like :like");
			params.put("like",
					"%" + filter.query()
						.toLowerCase(Locale.ROOT)
						.replace("\\", "\\\\")
						.replace("%", "\\%")
						.replace("_", "\\_") + "%");
		}
		return where.toString();
	}

	/**
	 * A list's order: the value it sorts by, its direction, and whether the id breaks
	 * ties (references are unique). Each matches an index per team (V7; the next
	 * follow-up's V14) and, for the default, per owner.
	 */
	private record Order(String key, String direction, boolean byId) {

		static Order of(String sort) {
			return switch (sort) {
				case "reference" -> new Order("reference", " desc", false);
				case "title" -> new Order("lower(title)", "", true);
				case "followUp" -> new Order("follow_up_due", "", true);
				default -> new Order("updated_at", " desc", true);
			};
		}

		/** The order over the table's columns. */
		String onRows() {
			return over(this.key, "id");
		}

		/** The same order over the branches' id and sort key, with these names. */
		String over(String sortKey, String id) {
			return sortKey + this.direction + (this.byId ? ", " + id + " desc" : "");
		}

	}

	private static CaseRow row(ResultSet rs, int rowNum) throws SQLException {
		Array domains = rs.getArray("domains");
		List<LawDomain> lawDomains = Arrays.stream((Object[]) domains.getArray())
			.map((domain) -> LawDomain.valueOf((String) domain))
			.toList();
		java.sql.Date followUpDue = rs.getDate("follow_up_due");
		return new CaseRow(rs.getLong("id"), rs.getString("reference"), rs.getString("title"), rs.getLong("owner_id"),
				rs.getLong("team_id"), CaseStatus.valueOf(rs.getString("status")), rs.getInt("current_step"),
				rs.getObject("follow_up_months", Integer.class),
				(followUpDue != null) ? followUpDue.toLocalDate() : null, rs.getTimestamp("updated_at").toInstant(),
				lawDomains, rs.getBoolean("involves_other_department"), rs.getBoolean("refused_without_call"));
	}

}
