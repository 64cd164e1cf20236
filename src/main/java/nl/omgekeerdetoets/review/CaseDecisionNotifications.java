package nl.omgekeerdetoets.review;

import nl.omgekeerdetoets.cases.CaseApproved;
import nl.omgekeerdetoets.cases.ChangesRequested;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the consultant what the lead decided about their case, once the decision has
 * committed.
 */
@Component
class CaseDecisionNotifications {

	private final NotificationService notifications;

	CaseDecisionNotifications(NotificationService notifications) {
		this.notifications = notifications;
	}

	@ApplicationModuleListener
	void on(CaseApproved approved) {
		this.notifications.notify(approved.ownerId(), approved.caseId(), approved.reference(),
				Notification.Kind.APPROVED);
	}

	@ApplicationModuleListener
	void on(ChangesRequested sentBack) {
		this.notifications.notify(sentBack.ownerId(), sentBack.caseId(), sentBack.reference(),
				Notification.Kind.CHANGES_REQUESTED);
	}

}
