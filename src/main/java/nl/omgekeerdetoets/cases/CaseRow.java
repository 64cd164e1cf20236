package nl.omgekeerdetoets.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One line of a case list: only what the list shows, read without loading the case.
 */
record CaseRow(long id, String reference, String title, long ownerId, long teamId, CaseStatus status, int currentStep,
		LocalDate evaluationDate, Instant updatedAt, List<LawDomain> domains) {

	/** An approved case whose evaluation date has passed. */
	boolean evaluationOverdue(LocalDate today) {
		return this.status == CaseStatus.APPROVED && this.evaluationDate != null && this.evaluationDate.isBefore(today);
	}

	/** An approved case to be evaluated within two weeks. */
	boolean evaluationDue(LocalDate today) {
		return this.status == CaseStatus.APPROVED && this.evaluationDate != null && !evaluationOverdue(today)
				&& !this.evaluationDate.isAfter(today.plusWeeks(2));
	}

}
