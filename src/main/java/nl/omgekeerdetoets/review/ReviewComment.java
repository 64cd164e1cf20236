package nl.omgekeerdetoets.review;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import nl.omgekeerdetoets.cases.Step;

/**
 * A team lead's comment on one step of a case, in one review round, and the consultant's
 * answer to it.
 */
@Entity
class ReviewComment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long caseId;

	private int round;

	@Enumerated(EnumType.STRING)
	private Step step;

	private String field;

	private long authorId;

	private String text;

	private Instant createdAt;

	private String answer;

	private Instant answeredAt;

	private boolean resolved;

	private Instant resolvedAt;

	@Version
	private long version;

	protected ReviewComment() {
	}

	ReviewComment(long caseId, int round, Step step, String field, long authorId, String text, Instant now) {
		this.caseId = caseId;
		this.round = round;
		this.step = step;
		this.field = field;
		this.authorId = authorId;
		this.text = text;
		this.createdAt = now;
	}

	void answer(String answer, Instant now) {
		this.answer = answer;
		this.answeredAt = now;
	}

	void resolve(Instant now) {
		this.resolved = true;
		this.resolvedAt = now;
	}

	Long getId() {
		return this.id;
	}

	long getCaseId() {
		return this.caseId;
	}

	int getRound() {
		return this.round;
	}

	Step getStep() {
		return this.step;
	}

	String getField() {
		return this.field;
	}

	long getAuthorId() {
		return this.authorId;
	}

	String getText() {
		return this.text;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	String getAnswer() {
		return this.answer;
	}

	boolean isResolved() {
		return this.resolved;
	}

}
