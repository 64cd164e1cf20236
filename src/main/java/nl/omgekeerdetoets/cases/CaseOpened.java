package nl.omgekeerdetoets.cases;

import java.time.Instant;

/**
 * A consultant opened a case.
 *
 * @param caseId the case
 * @param reference the case's reference
 * @param teamId the team it belongs to
 * @param ownerId the consultant who owns it
 * @param actor the username of who did it
 * @param occurredAt when
 */
public record CaseOpened(long caseId, String reference, long teamId, long ownerId, String actor,
		Instant occurredAt) implements CaseEvent {

	@Override
	public String action() {
		return "CASE_OPENED";
	}

}
