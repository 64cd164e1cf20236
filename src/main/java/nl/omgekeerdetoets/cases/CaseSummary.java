package nl.omgekeerdetoets.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A case as other modules see it: who it is for, whose it is, where it stands. Never the
 * content of its steps.
 *
 * @param id the case's id
 * @param reference the case's reference, e.g. {@code 2026-0042}
 * @param title the consultant's short title
 * @param resident the resident's pseudonym or initials
 * @param questionAsAsked the question as the resident asked it
 * @param domains the law domains the case is about
 * @param teamId the team the case belongs to
 * @param ownerId the consultant who owns the case
 * @param status where the case stands
 * @param currentStep the first step not complete yet, 5 when all four are
 * @param submittedAt when it was last submitted for review, or null
 * @param updatedAt when it last changed
 * @param evaluationDate when its effects are to be evaluated, or null
 * @param version the case's version, for detecting concurrent changes
 */
public record CaseSummary(long id, String reference, String title, String resident, String questionAsAsked,
		Set<LawDomain> domains, long teamId, long ownerId, CaseStatus status, int currentStep, Instant submittedAt,
		Instant updatedAt, LocalDate evaluationDate, long version) {

	static CaseSummary of(CaseFile c) {
		return new CaseSummary(c.getId(), c.getReference(), c.getTitle(), c.getResident(), c.getQuestionAsAsked(),
				Set.copyOf(c.getDomains()), c.getTeamId(), c.getOwnerId(), c.getStatus(), c.getCurrentStep(),
				c.getSubmittedAt(), c.getUpdatedAt(), c.getAction().getEvaluationDate(), c.getVersion());
	}

	/** Whether the lead's review is done: approved, or evaluated since. */
	public boolean isApproved() {
		return this.status == CaseStatus.APPROVED || this.status == CaseStatus.EVALUATED;
	}

}
