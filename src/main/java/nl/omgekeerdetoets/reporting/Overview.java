package nl.omgekeerdetoets.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.omgekeerdetoets.cases.CaseFigures.ConsultantLoad;
import nl.omgekeerdetoets.cases.CaseFigures.ObstacleRow;
import nl.omgekeerdetoets.cases.CaseFigures.TeamFigures;
import nl.omgekeerdetoets.teams.TeamSummary;

/**
 * What a lead's overview shows: the figures of the chosen teams and period, and what is
 * needed to read them (names, thresholds, compliments given).
 *
 * @param teams the teams looked at, one or all the lead leads
 * @param from the period's first day
 * @param to the period's last day, included
 * @param figures the cases' figures
 * @param workload per team and consultant, the open work, with consultants who have none
 * @param names the consultants' names by id
 * @param compliments per consultant, compliments given in the period
 * @param obstacles the obstacle register: obstacles met in the cases approved in the
 * period, at most {@link #OBSTACLE_LIMIT} on the page
 */
record Overview(List<TeamSummary> teams, LocalDate from, LocalDate to, TeamFigures figures,
		List<ConsultantLoad> workload, Map<Long, String> names, Map<Long, Long> compliments,
		List<ObstacleRow> obstacles) {

	/** Obstacles on the page; the export holds up to {@link #OBSTACLE_EXPORT_LIMIT}. */
	static final int OBSTACLE_LIMIT = 200;

	static final int OBSTACLE_EXPORT_LIMIT = 5000;

	public TeamSummary team(long id) {
		return this.teams.stream().filter((team) -> team.id() == id).findFirst().orElseThrow();
	}

	/** Whether this consultant's open cases are above their team's workable caseload. */
	public boolean over(ConsultantLoad load) {
		return load.over(team(load.teamId()).caseloadThreshold());
	}

	public long compliments(long consultantId) {
		return this.compliments.getOrDefault(consultantId, 0L);
	}

	/** The number of consultants above their team's threshold. */
	public long overThreshold() {
		return this.workload.stream().filter(this::over).count();
	}

	public List<ConsultantLoad> workloadOf(long teamId) {
		return this.workload.stream().filter((load) -> load.teamId() == teamId).toList();
	}

}
