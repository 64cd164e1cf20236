package nl.omgekeerdetoets.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One line of a case list: only what the list shows, read without loading the case. The
 * next follow-up comes from the case's own row (kept there by {@link CaseFile}), so a
 * list marks due and overdue follow-ups without a query per row.
 *
 * @param followUpMonths the next follow-up to record (6 or 12), or null
 * @param followUpDue its date, or null
 * @param otherDepartment whether another department or organisation is involved
 * @param refusedWithoutCall whether it refuses (whole or in part) without having called
 * the resident first
 */
record CaseRow(long id, String reference, String title, long ownerId, long teamId, CaseStatus status, int currentStep,
		Integer followUpMonths, LocalDate followUpDue, Instant updatedAt, List<LawDomain> domains,
		boolean otherDepartment, boolean refusedWithoutCall) {

	/** The next follow-up's date has passed and it is not recorded. */
	boolean followUpOverdue(LocalDate today) {
		return FollowUp.overdue(this.followUpDue, today);
	}

	/** The next follow-up is due within {@link FollowUp#DUE_WINDOW_DAYS} days. */
	boolean followUpDue(LocalDate today) {
		return FollowUp.due(this.followUpDue, today);
	}

}
