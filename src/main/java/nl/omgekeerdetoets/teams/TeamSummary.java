package nl.omgekeerdetoets.teams;

/**
 * A team as other modules see it.
 *
 * @param id the team's id
 * @param name its name
 * @param casesVisibleToMembers whether consultants may read each other's cases
 * @param archived whether it was archived (kept, but no longer assigned)
 * @param caseloadThreshold open cases per consultant above which the lead's overview
 * flags them, or null when the team set none
 */
public record TeamSummary(long id, String name, boolean casesVisibleToMembers, boolean archived,
		Integer caseloadThreshold) {

	static TeamSummary of(Team team) {
		return new TeamSummary(team.getId(), team.getName(), team.isCasesVisibleToMembers(), team.isArchived(),
				team.getCaseloadThreshold());
	}

}
