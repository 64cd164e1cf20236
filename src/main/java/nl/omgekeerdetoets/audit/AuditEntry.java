package nl.omgekeerdetoets.audit;

import java.time.Instant;

/**
 * One line of a record's change history, as other modules show it.
 *
 * @param occurredAt when
 * @param actor the username of who did it
 * @param action what was done, e.g. {@code CASE_SUBMITTED}
 * @param detail a technical detail, or null
 */
public record AuditEntry(Instant occurredAt, String actor, String action, String detail) {

	static AuditEntry of(AuditEvent event) {
		return new AuditEntry(event.getOccurredAt(), event.getActor(), event.getAction(), event.getDetail());
	}

}
