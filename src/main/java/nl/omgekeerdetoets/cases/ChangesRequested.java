package nl.omgekeerdetoets.cases;

import java.time.Instant;

/**
 * A team lead sent a case back to its consultant with a reason.
 *
 * @param caseId the case
 * @param reference the case's reference
 * @param ownerId the consultant who owns it
 * @param actor the username of who did it
 * @param occurredAt when
 */
public record ChangesRequested(long caseId, String reference, long ownerId, String actor,
		Instant occurredAt) implements CaseEvent {

	@Override
	public String action() {
		return "CASE_CHANGES_REQUESTED";
	}

}
