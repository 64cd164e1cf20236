package nl.omgekeerdetoets.review;

import nl.omgekeerdetoets.cases.DemoCasesApproved;
import nl.omgekeerdetoets.review.ReviewDecision.Kind;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records the lead's decision for each demo case the demo data approved, at the moment
 * the case was approved: in the demo data's transaction, so the demo is whole or absent.
 */
@Component
class DemoDecisions {

	private final DecisionRepository decisions;

	DemoDecisions(DecisionRepository decisions) {
		this.decisions = decisions;
	}

	@EventListener
	void on(DemoCasesApproved demo) {
		demo.approvals()
			.forEach((approval) -> this.decisions
				.save(new ReviewDecision(approval.caseId(), (int) this.decisions.countByCaseId(approval.caseId()) + 1,
						approval.leadId(), Kind.APPROVED, null, approval.approvedAt())));
	}

}
