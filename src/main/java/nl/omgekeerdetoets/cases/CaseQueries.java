package nl.omgekeerdetoets.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Predicate;
import nl.omgekeerdetoets.teams.AccountService;
import nl.omgekeerdetoets.teams.SignedInUser;
import nl.omgekeerdetoets.teams.TeamSummary;
import nl.omgekeerdetoets.teams.TeamService;
import org.hibernate.Hibernate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case lists: a consultant's own cases, and the cases of a team. Filtered, sorted and
 * paginated in the database; a page costs the same few queries whatever the number of
 * cases.
 */
@Service
@Transactional(readOnly = true)
class CaseQueries {

	enum Scope {

		MINE, TEAM

	}

	private final CaseFileRepository cases;

	private final TeamService teams;

	private final AccountService accounts;

	private final Clock clock;

	CaseQueries(CaseFileRepository cases, TeamService teams, AccountService accounts, Clock clock) {
		this.cases = cases;
		this.teams = teams;
		this.accounts = accounts;
		this.clock = clock;
	}

	CaseListPage list(SignedInUser user, Scope scope, CaseFilter filter, Pageable pageable) {
		List<TeamSummary> teams = this.teams.teamsOf(user.id());
		// My cases are all cases I own, also those left in a team I moved away from; team
		// cases are those of the
		// teams I may read.
		Long ownerId = (scope == Scope.MINE) ? user.id() : null;
		List<Long> teamIds = (scope == Scope.MINE) ? null : CasePolicy.readableTeamIds(user, teams);
		if (teamIds != null && filter.team() != null && teamIds.contains(filter.team())) {
			teamIds = List.of(filter.team());
		}
		LocalDate today = LocalDate.now(this.clock);
		if (teamIds != null && teamIds.isEmpty()) {
			return new CaseListPage(Page.empty(pageable), Map.of(), Map.of(), Map.of(), today);
		}

		Page<CaseFile> page = this.cases.findAll(matching(ownerId, teamIds, filter),
				PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort(filter.sortOrDefault())));
		// Domains are shown per row: one batch query for the page
		// (hibernate.default_batch_fetch_size).
		page.forEach((c) -> Hibernate.initialize(c.getDomains()));

		Map<CaseStatus, Long> counts = new EnumMap<>(CaseStatus.class);
		((ownerId != null) ? this.cases.countByStatusForOwner(ownerId) : this.cases.countByStatusInTeams(teamIds))
			.forEach((row) -> counts.put(row.getStatus(), row.getTotal()));
		Map<Long, String> ownerNames = this.accounts
			.displayNames(page.stream().map(CaseFile::getOwnerId).collect(Collectors.toSet()));
		Map<Long, String> teamNames = teams.stream().collect(Collectors.toMap(TeamSummary::id, TeamSummary::name));
		return new CaseListPage(page, counts, ownerNames, teamNames, today);
	}

	private static Specification<CaseFile> matching(Long ownerId, List<Long> teamIds, CaseFilter filter) {
		return (root, query, cb) -> {
			List<Predicate> where = new java.util.ArrayList<>();
			if (teamIds != null) {
				where.add(root.get("teamId").in(teamIds));
			}
			if (ownerId != null) {
				where.add(cb.equal(root.get("ownerId"), ownerId));
			}
			if (filter.status() != null) {
				where.add(cb.equal(root.get("status"), filter.status()));
			}
			if (filter.domain() != null) {
				where.add(cb.isMember(filter.domain(), root.get("domains")));
			}
			if (filter.step() != null) {
				where.add(cb.equal(root.get("currentStep"), filter.step()));
			}
			if (!filter.query().isEmpty()) {
				String like = "%" + filter.query().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%";
				where.add(cb.or(cb.like(cb.lower(root.get("title")), like, '\\'),
						cb.like(cb.lower(root.get("reference")), like, '\\')));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	private static Sort sort(String sort) {
		return switch (sort) {
			case "reference" -> Sort.by(Sort.Order.desc("reference"));
			case "title" -> Sort.by(Sort.Order.asc("title").ignoreCase(), Sort.Order.desc("id"));
			case "evaluation" -> Sort.by(Sort.Order.asc("evaluationDate").nullsLast(), Sort.Order.desc("id"));
			default -> Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"));
		};
	}

}
