package nl.omgekeerdetoets.library;

/**
 * One line of the admin's law list: the law and how many of its goals are in use.
 */
record LawListRow(long id, String name, String purpose, boolean active, int position, long goalCount,
		long activeGoalCount) {

	public long retiredGoalCount() {
		return this.goalCount - this.activeGoalCount;
	}

}
