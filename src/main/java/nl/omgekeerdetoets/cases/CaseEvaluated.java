package nl.omgekeerdetoets.cases;

import java.time.Instant;

/**
 * The consultant recorded which effects of a case were reached.
 *
 * @param caseId the case
 * @param reference the case's reference
 * @param actor the username of who did it
 * @param occurredAt when
 */
public record CaseEvaluated(long caseId, String reference, String actor, Instant occurredAt) implements CaseEvent {

	@Override
	public String action() {
		return "CASE_EVALUATED";
	}

}
