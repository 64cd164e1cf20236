package nl.omgekeerdetoets.privacy;

import java.time.Instant;

import nl.omgekeerdetoets.shared.RecordNotFoundException;

/**
 * A hold in force, as the holds page and the dry run show it: reference, team, why and by
 * whom; the reason is the lead's or admin's own short text, never case text.
 *
 * @param id the hold
 * @param caseId the case
 * @param reference the case's reference
 * @param teamId the case's team
 * @param teamName its name
 * @param reasonKind the kind of reason
 * @param reason the reason in words
 * @param placedBy the display name of who placed it
 * @param placedAt when
 */
record LegalHold(long id, long caseId, String reference, long teamId, String teamName, HoldReason reasonKind,
		String reason, String placedBy, Instant placedAt) {

	static RecordNotFoundException missing(long id) {
		return new RecordNotFoundException("Legal hold", id);
	}

}
