package nl.omgekeerdetoets.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.omgekeerdetoets.audit.AuditLog;
import nl.omgekeerdetoets.cases.CaseFigures;
import nl.omgekeerdetoets.cases.Choices;
import nl.omgekeerdetoets.cases.CaseFigures.ConsultantLoad;
import nl.omgekeerdetoets.cases.CaseFigures.TeamFigures;
import nl.omgekeerdetoets.review.AppreciationService;
import nl.omgekeerdetoets.shared.RecordNotFoundException;
import nl.omgekeerdetoets.teams.AccountService;
import nl.omgekeerdetoets.teams.MemberSummary;
import nl.omgekeerdetoets.teams.Role;
import nl.omgekeerdetoets.teams.SignedInUser;
import nl.omgekeerdetoets.teams.TeamService;
import nl.omgekeerdetoets.teams.TeamSummary;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a lead's overview together from the figures of the modules that own them. A lead
 * sees the teams they lead and no other: asking for another team's overview is answered
 * as if it did not exist.
 */
@Service
@Transactional(readOnly = true)
class OverviewService {

	private final TeamService teams;

	private final CaseFigures caseFigures;

	private final AppreciationService appreciation;

	private final AccountService accounts;

	private final AuditLog auditLog;

	private final ZoneId zone;

	OverviewService(TeamService teams, CaseFigures caseFigures, AppreciationService appreciation,
			AccountService accounts, AuditLog auditLog, Clock clock) {
		this.auditLog = auditLog;
		this.teams = teams;
		this.caseFigures = caseFigures;
		this.appreciation = appreciation;
		this.accounts = accounts;
		this.zone = clock.getZone();
	}

	/** The teams this lead leads, for the overview's choice of team. */
	List<TeamSummary> ledTeams(SignedInUser lead) {
		return lead.is(Role.TEAM_LEAD) ? this.teams.teamsOf(lead.id()) : List.of();
	}

	/**
	 * The overview for an export, recorded in the audit log: an export holds colleagues'
	 * names and leaves the app, so who took which figures is kept.
	 */
	@Transactional
	Overview export(String table, SignedInUser lead, Long teamId, LocalDate from, LocalDate to, LocalDate today,
			Choices.ObstacleKind kind) {
		Overview overview = overview(lead, teamId, from, to, today, kind, Overview.OBSTACLE_EXPORT_LIMIT);
		this.auditLog.record("OVERVIEW_EXPORTED", "TEAM", teamId, null,
				"table=" + table + "; from=" + from + "; to=" + to);
		return overview;
	}

	Overview overview(SignedInUser lead, Long teamId, LocalDate from, LocalDate to, LocalDate today,
			Choices.ObstacleKind kind) {
		return overview(lead, teamId, from, to, today, kind, Overview.OBSTACLE_LIMIT);
	}

	private Overview overview(SignedInUser lead, Long teamId, LocalDate from, LocalDate to, LocalDate today,
			Choices.ObstacleKind kind, int obstacleLimit) {
		List<TeamSummary> led = ledTeams(lead);
		List<TeamSummary> chosen = (teamId == null) ? led : led.stream().filter((team) -> team.id() == teamId).toList();
		if (teamId != null && chosen.isEmpty()) {
			throw new RecordNotFoundException("team", teamId);
		}
		List<Long> teamIds = chosen.stream().map(TeamSummary::id).toList();
		TeamFigures figures = this.caseFigures.figures(teamIds, from, to, today);

		// Consultants without open work belong in the workload too: with a zero, not left
		// out.
		List<ConsultantLoad> workload = new ArrayList<>(figures.workload());
		Set<String> present = new HashSet<>();
		workload.forEach((load) -> present.add(load.teamId() + ":" + load.consultantId()));
		for (Map.Entry<TeamSummary, List<MemberSummary>> team : this.teams.membersOfTeamsLedBy(lead.id()).entrySet()) {
			if (!teamIds.contains(team.getKey().id())) {
				continue;
			}
			for (MemberSummary member : team.getValue()) {
				if (present.add(team.getKey().id() + ":" + member.id())) {
					workload.add(new ConsultantLoad(team.getKey().id(), member.id(), 0, 0, 0, 0, 0, 0));
				}
			}
		}
		workload.sort(Comparator.comparingInt((ConsultantLoad load) -> teamIds.indexOf(load.teamId()))
			.thenComparing(Comparator.comparingLong(ConsultantLoad::open).reversed())
			.thenComparingLong(ConsultantLoad::consultantId));

		Set<Long> people = new HashSet<>();
		workload.forEach((load) -> people.add(load.consultantId()));
		Map<Long, Long> compliments = this.appreciation.complimentCounts(teamIds,
				from.atStartOfDay(this.zone).toInstant(), to.plusDays(1).atStartOfDay(this.zone).toInstant());
		people.addAll(compliments.keySet());
		Map<Long, String> names = people.isEmpty() ? Map.of() : this.accounts.displayNames(people);
		return new Overview(chosen, from, to, figures, List.copyOf(workload), names, compliments,
				this.caseFigures.obstacles(teamIds, from, to, kind, obstacleLimit));
	}

	/**
	 * A consultant's own figures: their cases in their team, with the team's workable
	 * caseload to hold their open work against. Nobody else's work, and no names but
	 * their own.
	 */
	Overview own(SignedInUser consultant, LocalDate from, LocalDate to, LocalDate today, Choices.ObstacleKind kind) {
		List<TeamSummary> teams = consultant.is(Role.CONSULTANT) ? this.teams.teamsOf(consultant.id()) : List.of();
		List<Long> teamIds = teams.stream().map(TeamSummary::id).toList();
		TeamFigures figures = this.caseFigures.figures(teamIds, consultant.id(), from, to, today);
		List<ConsultantLoad> workload = new ArrayList<>(figures.workload());
		if (workload.isEmpty() && !teams.isEmpty()) {
			workload.add(new ConsultantLoad(teams.get(0).id(), consultant.id(), 0, 0, 0, 0, 0, 0));
		}
		Map<Long, Long> compliments = this.appreciation.complimentCounts(teamIds,
				from.atStartOfDay(this.zone).toInstant(), to.plusDays(1).atStartOfDay(this.zone).toInstant());
		return new Overview(teams, from, to, figures, List.copyOf(workload),
				Map.of(consultant.id(), consultant.displayName()),
				Map.of(consultant.id(), compliments.getOrDefault(consultant.id(), 0L)),
				this.caseFigures.obstacles(teamIds, consultant.id(), from, to, kind, Overview.OBSTACLE_LIMIT));
	}

}
