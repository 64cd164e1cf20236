package nl.omgekeerdetoets.cases;

import java.time.Instant;

/**
 * A team lead approved a case.
 *
 * @param caseId the case
 * @param reference the case's reference
 * @param ownerId the consultant who owns it
 * @param actor the username of who did it
 * @param occurredAt when
 */
public record CaseApproved(long caseId, String reference, long ownerId, String actor,
		Instant occurredAt) implements CaseEvent {

	@Override
	public String action() {
		return "CASE_APPROVED";
	}

}
