package nl.omgekeerdetoets.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the change history from the events other modules publish, in the transaction of
 * the change itself: a change and its line commit together or not at all, so no line is
 * lost and none tells of a change that was rolled back. (Through the event publication
 * registry, as before, each event cost three statements and two transactions more, on
 * every step save and autosave: issue 13.)
 */
@Component
class AuditTrail {

	private final AuditLog auditLog;

	AuditTrail(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@EventListener
	void on(AuditableEvent event) {
		this.auditLog.record(event);
	}

}
