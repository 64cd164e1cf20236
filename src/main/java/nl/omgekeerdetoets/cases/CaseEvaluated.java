package nl.omgekeerdetoets.cases;

import java.time.Instant;

/**
 * The consultant recorded (or corrected) a follow-up: which effects of a case were
 * reached after 6 or 12 months.
 *
 * @param caseId the case
 * @param reference the case's reference
 * @param months the follow-up: 6 or 12 months after approval
 * @param actor the username of who did it
 * @param occurredAt when
 */
public record CaseEvaluated(long caseId, String reference, int months, String actor,
		Instant occurredAt) implements CaseEvent {

	@Override
	public String action() {
		return "CASE_EVALUATED";
	}

	@Override
	public String detail() {
		return "months=" + this.months;
	}

}
