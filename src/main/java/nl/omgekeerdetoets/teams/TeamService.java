package nl.omgekeerdetoets.teams;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.omgekeerdetoets.audit.AuditLog;
import nl.omgekeerdetoets.shared.FieldProblem;
import nl.omgekeerdetoets.shared.RecordNotFoundException;
import nl.omgekeerdetoets.shared.StaleVersionException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

@Service
@Transactional(readOnly = true)
public class TeamService {

	static final String AUDIT_SUBJECT = "TEAM";

	private final TeamRepository teams;

	private final AccountRepository accounts;

	private final AuditLog auditLog;

	TeamService(TeamRepository teams, AccountRepository accounts, AuditLog auditLog) {
		this.teams = teams;
		this.accounts = accounts;
		this.auditLog = auditLog;
	}

	Page<Team> search(String query, boolean includeArchived, Pageable pageable) {
		return this.teams.search(query == null ? "" : query, includeArchived, pageable);
	}

	Team get(long id) {
		return this.teams.findById(id).orElseThrow(() -> new RecordNotFoundException("Team", id));
	}

	/**
	 * The consultant's team, or the teams a lead leads; none for an admin. Several parts
	 * of one page ask (the navigation's counts, the access rules, the list), so within a
	 * web request the answer is read once and kept in the request. A request that changes
	 * teams redirects before showing them again.
	 */
	public List<TeamSummary> teamsOf(long accountId) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		String key = TeamService.class.getName() + ".teamsOf." + accountId;
		if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof List<?> known) {
			@SuppressWarnings("unchecked")
			List<TeamSummary> teams = (List<TeamSummary>) known;
			return teams;
		}
		List<TeamSummary> teams = this.teams.findTeamsOf(accountId).stream().map(TeamSummary::of).toList();
		if (request != null) {
			request.setAttribute(key, teams, RequestAttributes.SCOPE_REQUEST);
		}
		return teams;
	}

	/**
	 * The active consultants in the teams this lead leads, per team, for the lead's start
	 * page.
	 */
	public Map<TeamSummary, List<MemberSummary>> membersOfTeamsLedBy(long leadId) {
		Map<Long, List<MemberSummary>> members = new LinkedHashMap<>();
		List<TeamSummary> led = teamsOf(leadId);
		led.forEach((team) -> members.put(team.id(), new ArrayList<>()));
		for (Account account : this.accounts.findActiveMembersOfTeams(List.copyOf(members.keySet()))) {
			MemberSummary member = new MemberSummary(account.getId(), account.getDisplayName());
			account.getTeams()
				.stream()
				.filter((team) -> members.containsKey(team.getId()))
				.forEach((team) -> members.get(team.getId()).add(member));
		}
		Map<TeamSummary, List<MemberSummary>> byTeam = new LinkedHashMap<>();
		led.forEach((team) -> byTeam.put(team, members.get(team.id())));
		return byTeam;
	}

	List<Team> activeTeams() {
		return this.teams.findActive();
	}

	@Transactional
	public TeamSummary create(String name, boolean casesVisibleToMembers) {
		return create(name, casesVisibleToMembers, null);
	}

	@Transactional
	public TeamSummary create(String name, boolean casesVisibleToMembers, Integer caseloadThreshold) {
		requireUniqueName(name, null);
		Team team = new Team(name);
		team.setCasesVisibleToMembers(casesVisibleToMembers);
		team.setCaseloadThreshold(caseloadThreshold);
		this.teams.save(team);
		this.auditLog.record("TEAM_CREATED", AUDIT_SUBJECT, team.getId(), team.getName(),
				"casesVisibleToMembers=" + casesVisibleToMembers + "; caseloadThreshold=" + caseloadThreshold);
		return TeamSummary.of(team);
	}

	@Transactional
	Team update(long id, long version, String name, boolean casesVisibleToMembers, Integer caseloadThreshold) {
		Team team = get(id);
		StaleVersionException.check(version, team.getVersion());
		requireUniqueName(name, team.getId());
		String before = team.getName();
		team.rename(name);
		team.setCasesVisibleToMembers(casesVisibleToMembers);
		team.setCaseloadThreshold(caseloadThreshold);
		this.auditLog.record("TEAM_UPDATED", AUDIT_SUBJECT, team.getId(), team.getName(),
				(before.equals(name) ? "" : "name: " + before + " -> " + name + "; ") + "casesVisibleToMembers="
						+ casesVisibleToMembers + "; caseloadThreshold=" + caseloadThreshold);
		return team;
	}

	@Transactional
	public void archive(long id) {
		Team team = get(id);
		team.archive();
		this.auditLog.record("TEAM_ARCHIVED", AUDIT_SUBJECT, team.getId(), team.getName(), null);
	}

	@Transactional
	public void restore(long id) {
		Team team = get(id);
		team.restore();
		this.auditLog.record("TEAM_RESTORED", AUDIT_SUBJECT, team.getId(), team.getName(), null);
	}

	private void requireUniqueName(String name, Long ownId) {
		this.teams.findByNameIgnoringCase(name)
			.filter((existing) -> !existing.getId().equals(ownId))
			.ifPresent((existing) -> {
				throw new FieldProblem("name", "team.name.taken");
			});
	}

}
