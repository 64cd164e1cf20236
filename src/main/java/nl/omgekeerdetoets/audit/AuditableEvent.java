package nl.omgekeerdetoets.audit;

import java.time.Instant;

/**
 * An event that leaves a line in the change history, written in the transaction of the
 * change that raised it ({@link AuditTrail}). It carries who acted and when; like every
 * audit line, references only, never case text.
 */
public interface AuditableEvent {

	String action();

	String subjectType();

	long subjectId();

	/** A short label of the subject, such as a case reference. */
	String subjectLabel();

	/** A technical detail, such as which step; null when there is none. */
	default String detail() {
		return null;
	}

	/** The username of who acted. */
	String actor();

	Instant occurredAt();

}
