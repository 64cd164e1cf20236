package nl.omgekeerdetoets.audit;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Writes the change history from the events other modules publish. It runs after their
 * transaction committed; the event publication registry keeps an event whose recording
 * failed and hands it over again, so no line is lost.
 */
@Component
class AuditTrail {

	private final AuditLog auditLog;

	AuditTrail(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@ApplicationModuleListener
	void on(AuditableEvent event) {
		this.auditLog.record(event);
	}

}
