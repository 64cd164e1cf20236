package nl.omgekeerdetoets.review;

import java.time.Instant;

/**
 * An approved case a lead proposed for the casebook, as the casebook sees it: the case
 * and the title the lead gave it, no text of the case.
 *
 * @param caseId the case
 * @param title the title the lead gave the exemplary case
 * @param proposedAt when it was marked
 */
public record CasebookProposal(long caseId, String title, Instant proposedAt) {

	static CasebookProposal of(ExemplaryCase exemplary) {
		return new CasebookProposal(exemplary.getCaseId(), exemplary.getTitle(), exemplary.getCreatedAt());
	}

}
