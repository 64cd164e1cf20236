package nl.omgekeerdetoets.review;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * Tells a consultant in the app that something happened to their case. Holds no text,
 * only what and which case.
 */
@Entity
class Notification {

	public enum Kind {

		APPROVED, CHANGES_REQUESTED, COMMENTED, PRAISED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long recipientId;

	private long caseId;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private Instant createdAt;

	private Instant readAt;

	protected Notification() {
	}

	Notification(long recipientId, long caseId, Kind kind, Instant now) {
		this.recipientId = recipientId;
		this.caseId = caseId;
		this.kind = kind;
		this.createdAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public long getCaseId() {
		return this.caseId;
	}

	public Kind getKind() {
		return this.kind;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public boolean isUnread() {
		return this.readAt == null;
	}

	void markRead(Instant now) {
		if (this.readAt == null) {
			this.readAt = now;
		}
	}

}
