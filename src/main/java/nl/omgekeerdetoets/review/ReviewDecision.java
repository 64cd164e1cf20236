package nl.omgekeerdetoets.review;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * What a lead decided at the end of a review round. Kept for every round: the case's
 * review history.
 */
@Entity
class ReviewDecision {

	public enum Kind {

		APPROVED, CHANGES_REQUESTED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long caseId;

	private int round;

	private long reviewerId;

	@Enumerated(EnumType.STRING)
	private Kind decision;

	private String reason;

	private Instant decidedAt;

	protected ReviewDecision() {
	}

	ReviewDecision(long caseId, int round, long reviewerId, Kind decision, String reason, Instant now) {
		this.caseId = caseId;
		this.round = round;
		this.reviewerId = reviewerId;
		this.decision = decision;
		this.reason = reason;
		this.decidedAt = now;
	}

	public int getRound() {
		return this.round;
	}

	public long getReviewerId() {
		return this.reviewerId;
	}

	public Kind getDecision() {
		return this.decision;
	}

	public String getReason() {
		return this.reason;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

	long getCaseId() {
		return this.caseId;
	}

}
