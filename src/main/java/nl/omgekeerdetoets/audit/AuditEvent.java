package nl.omgekeerdetoets.audit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One recorded action: who did what to which record, and when. Written once, never
 * changed.
 */
@Entity
class AuditEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant occurredAt;

	private String actor;

	private String action;

	private String subjectType;

	private Long subjectId;

	private String subjectLabel;

	private String detail;

	protected AuditEvent() {
	}

	AuditEvent(Instant occurredAt, String actor, String action, String subjectType, Long subjectId, String subjectLabel,
			String detail) {
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.action = action;
		this.subjectType = subjectType;
		this.subjectId = subjectId;
		this.subjectLabel = subjectLabel;
		this.detail = detail;
	}

	public Long getId() {
		return this.id;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public String getActor() {
		return this.actor;
	}

	/**
	 * A stable code such as {@code TEAM_CREATED}; pages translate it through
	 * {@code audit.action.*}.
	 */
	public String getAction() {
		return this.action;
	}

	public String getSubjectType() {
		return this.subjectType;
	}

	public Long getSubjectId() {
		return this.subjectId;
	}

	public String getSubjectLabel() {
		return this.subjectLabel;
	}

	public String getDetail() {
		return this.detail;
	}

}
