package nl.omgekeerdetoets.review;

/**
 * An in-app notification was written for someone, announced in the same transaction, so
 * that whatever follows it (a mail) is written with it or not at all. Holds no text, only
 * what, for whom and which case.
 *
 * @param recipientId the account it is for
 * @param caseId the case it is about
 * @param reference the case's reference
 * @param kind what happened
 */
public record NotificationCreated(long recipientId, long caseId, String reference, Kind kind) {

	/** What happened to the recipient's case. */
	public enum Kind {

		APPROVED, CHANGES_REQUESTED, COMMENTED, PRAISED

	}

}
