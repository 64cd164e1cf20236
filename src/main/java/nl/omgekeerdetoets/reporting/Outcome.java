package nl.omgekeerdetoets.reporting;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What discussing a case on a return day brought (opbrengst): a lesson, a policy signal
 * about an obstacle, or a follow-up action for someone, by a date.
 */
@Entity
@Table(name = "return_day_outcome")
class Outcome {

	enum Kind {

		LESSON, POLICY_SIGNAL, ACTION

	}

	/** Where a policy signal says the obstacle lies. */
	enum ObstacleKind {

		LAW, POLICY_RULE, WORK_PROCESS, CULTURE

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long itemId;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private String text;

	@Enumerated(EnumType.STRING)
	private ObstacleKind obstacleKind;

	private Long ownerId;

	private LocalDate dueOn;

	private Instant doneAt;

	private long createdBy;

	private Instant createdAt;

	protected Outcome() {
	}

	Outcome(long itemId, Kind kind, String text, ObstacleKind obstacleKind, Long ownerId, LocalDate dueOn,
			long createdBy, Instant createdAt) {
		this.itemId = itemId;
		this.kind = kind;
		this.text = text;
		this.obstacleKind = obstacleKind;
		this.ownerId = ownerId;
		this.dueOn = dueOn;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public long getItemId() {
		return this.itemId;
	}

	public Kind getKind() {
		return this.kind;
	}

	public String getText() {
		return this.text;
	}

	public ObstacleKind getObstacleKind() {
		return this.obstacleKind;
	}

	public Long getOwnerId() {
		return this.ownerId;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public Instant getDoneAt() {
		return this.doneAt;
	}

	public boolean isDone() {
		return this.doneAt != null;
	}

	void markDone(Instant at) {
		this.doneAt = at;
	}

}
