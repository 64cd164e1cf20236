package nl.omgekeerdetoets.cases;

import java.time.Instant;

/**
 * A case went to review: every step complete.
 *
 * @param caseId the case
 * @param reference the case's reference
 * @param teamId the team whose leads review it
 * @param ownerId the consultant who owns it
 * @param actor the username of who did it
 * @param occurredAt when
 */
public record CaseSubmitted(long caseId, String reference, long teamId, long ownerId, String actor,
		Instant occurredAt) implements CaseEvent {

	@Override
	public String action() {
		return "CASE_SUBMITTED";
	}

}
