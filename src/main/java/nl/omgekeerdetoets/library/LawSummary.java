package nl.omgekeerdetoets.library;

import java.util.List;

/**
 * A law of the library as other modules see it, with its goals.
 *
 * @param id the law's id
 * @param name its name, e.g. Wmo 2015
 * @param purpose what the law is for, in the admin's words
 * @param active whether it is in use (a retired law is kept for the cases that cite it)
 * @param goals all its goals, retired ones included, in their order
 */
public record LawSummary(long id, String name, String purpose, boolean active, List<GoalSummary> goals) {

	static LawSummary of(Law law) {
		return new LawSummary(law.getId(), law.getName(), law.getPurpose(), law.isActive(),
				law.getGoals().stream().map(GoalSummary::of).toList());
	}

	/** The goals a consultant can pick. */
	public List<GoalSummary> activeGoals() {
		return this.goals.stream().filter(GoalSummary::active).toList();
	}

}
