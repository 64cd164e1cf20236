package nl.omgekeerdetoets.library;

/**
 * A goal of a law as other modules see it.
 *
 * @param id the goal's id
 * @param description what the goal is
 * @param articleReference the article it comes from, or null
 * @param active whether it is in use
 * @param lawId the law it belongs to
 * @param lawName that law's name
 * @param lawActive whether that law is in use
 */
public record GoalSummary(long id, String description, String articleReference, boolean active, long lawId,
		String lawName, boolean lawActive) {

	static GoalSummary of(LawGoal goal) {
		Law law = goal.getLaw();
		return new GoalSummary(goal.getId(), goal.getDescription(), goal.getArticleReference(), goal.isActive(),
				law.getId(), law.getName(), law.isActive());
	}

	/** Retired, itself or with its law: kept where a case chose it, no longer offered. */
	public boolean isRetired() {
		return !this.active || !this.lawActive;
	}

}
