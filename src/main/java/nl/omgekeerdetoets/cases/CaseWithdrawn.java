package nl.omgekeerdetoets.cases;

import java.time.Instant;

/**
 * A case was withdrawn before it was decided.
 *
 * @param caseId the case
 * @param reference the case's reference
 * @param teamId the case's team
 * @param reason why, from the fixed list
 * @param actor the username of who did it
 * @param occurredAt when
 */
public record CaseWithdrawn(long caseId, String reference, long teamId, Choices.WithdrawalReason reason, String actor,
		Instant occurredAt) implements CaseEvent {

	@Override
	public String action() {
		return "CASE_WITHDRAWN";
	}

	@Override
	public String detail() {
		return "reason=" + this.reason;
	}

}
