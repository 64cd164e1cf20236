package nl.omgekeerdetoets.review;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is new for a consultant: their case was approved, sent back, commented on or
 * praised.
 */
@Service
@Transactional
public class NotificationService {

	private final NotificationRepository notifications;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	NotificationService(NotificationRepository notifications, JdbcClient jdbc, Clock clock,
			ApplicationEventPublisher events) {
		this.notifications = notifications;
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Writes the notification and announces it within the same transaction: a mail that
	 * follows it is queued with it, or not at all.
	 */
	void notify(long recipientId, long caseId, String reference, Notification.Kind kind) {
		this.notifications.save(new Notification(recipientId, caseId, kind, this.clock.instant()));
		this.events.publishEvent(
				new NotificationCreated(recipientId, caseId, reference, NotificationCreated.Kind.valueOf(kind.name())));
	}

	/**
	 * The badge in the navigation of every page a consultant opens: one statement through
	 * the partial index {@code notification_unread}, without a transaction or an entity
	 * manager around it (issue 13).
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public long unreadCount(long recipientId) {
		return this.jdbc.sql("select count(*) from notification where recipient_id = ? and read_at is null")
			.param(recipientId)
			.query(Long.class)
			.single();
	}

	@Transactional(readOnly = true)
	Page<Notification> recent(long recipientId, Pageable pageable) {
		return this.notifications.findByRecipientIdOrderByCreatedAtDesc(recipientId, pageable);
	}

	void markAllRead(long recipientId) {
		this.notifications.markAllRead(recipientId, this.clock.instant());
	}

}
