package nl.omgekeerdetoets.cases;

import java.time.Instant;
import java.util.List;

/**
 * The demo data approved these cases as their lead would have. A lead's approval is a
 * decision the review module records; the demo cases are made in this module, beneath it,
 * so they announce their approvals for the review module to record, in the same
 * transaction. Without those decisions a demo lead's overview, which counts a period's
 * approvals by their decisions, shows nothing.
 *
 * @param approvals each approved case, with its lead and when it was approved
 */
public record DemoCasesApproved(List<Approval> approvals) {

	/**
	 * @param caseId the case
	 * @param leadId the lead who approved it
	 * @param approvedAt when, as the case records it
	 */
	public record Approval(long caseId, long leadId, Instant approvedAt) {

	}

}
