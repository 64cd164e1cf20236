package nl.omgekeerdetoets.review;

import java.time.Clock;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is new for a consultant: their case was approved, sent back, commented on or
 * praised.
 */
@Service
@Transactional
public class NotificationService {

	private final NotificationRepository notifications;

	private final Clock clock;

	NotificationService(NotificationRepository notifications, Clock clock) {
		this.notifications = notifications;
		this.clock = clock;
	}

	void notify(long recipientId, long caseId, Notification.Kind kind) {
		this.notifications.save(new Notification(recipientId, caseId, kind, this.clock.instant()));
	}

	@Transactional(readOnly = true)
	public long unreadCount(long recipientId) {
		return this.notifications.countByRecipientIdAndReadAtIsNull(recipientId);
	}

	@Transactional(readOnly = true)
	Page<Notification> recent(long recipientId, Pageable pageable) {
		return this.notifications.findByRecipientIdOrderByCreatedAtDesc(recipientId, pageable);
	}

	void markAllRead(long recipientId) {
		this.notifications.markAllRead(recipientId, this.clock.instant());
	}

}
