package nl.omgekeerdetoets.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * A consultant's follow-ups due soon or overdue, for the start page: a few, the earliest
 * first, and whether there are more.
 *
 * @param followUps the first few
 * @param more whether more are due than shown
 */
public record DueFollowUps(List<Due> followUps, boolean more) {

	public boolean isEmpty() {
		return this.followUps.isEmpty();
	}

	/**
	 * One case's next follow-up.
	 *
	 * @param caseId the case
	 * @param reference its reference
	 * @param title its short title
	 * @param months the follow-up: 6 or 12 months after approval
	 * @param dueOn its date
	 * @param overdue whether that date has passed
	 */
	public record Due(long caseId, String reference, String title, int months, LocalDate dueOn, boolean overdue) {
	}

}
