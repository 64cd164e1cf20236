package nl.omgekeerdetoets.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A case's follow-up results as other modules (the casebook) may read them: per
 * follow-up, how many desired effects were reached, partly reached and not reached.
 * Counts only, never the consultant's notes.
 *
 * @param caseId the case
 * @param followUps the case's follow-ups, 6 months first; empty before approval
 */
public record FollowUpResults(long caseId, List<Tally> followUps) {

	public FollowUpResults {
		followUps = List.copyOf(followUps);
	}

	/** The follow-up after this many months (6 or 12), if the case has one. */
	public Optional<Tally> at(int months) {
		return this.followUps.stream().filter((tally) -> tally.months() == months).findFirst();
	}

	/** The case's outcome: the latest follow-up recorded (12 months over 6). */
	public Optional<Tally> outcome() {
		return this.followUps.stream().filter(Tally::recorded).reduce((earlier, later) -> later);
	}

	/**
	 * One follow-up's counts. All three are 0 while it is not recorded.
	 *
	 * @param months 6 or 12
	 * @param dueOn when it is due
	 * @param recordedAt when it was last recorded, or null
	 * @param reached effects reached
	 * @param partly effects partly reached
	 * @param notReached effects not reached
	 */
	public record Tally(int months, LocalDate dueOn, Instant recordedAt, int reached, int partly, int notReached) {

		public boolean recorded() {
			return this.recordedAt != null;
		}

	}

}
