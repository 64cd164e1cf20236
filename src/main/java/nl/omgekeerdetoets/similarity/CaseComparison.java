package nl.omgekeerdetoets.similarity;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The consultant's note that they compared their case with an earlier one, and why it is
 * the same or differs. The earlier case is kept by id, also when the consultant knows it
 * only from its anonymised entry: the id is never shown.
 */
@Entity
@Table(name = "case_comparison")
class CaseComparison {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long caseId;

	private Long comparedCaseId;

	private String note;

	private long markedBy;

	private Instant markedAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected CaseComparison() {
	}

	CaseComparison(long caseId, long comparedCaseId, long markedBy, Instant now) {
		this.caseId = caseId;
		this.comparedCaseId = comparedCaseId;
		this.markedBy = markedBy;
		this.markedAt = now;
	}

	void write(String note, long by, Instant now) {
		this.note = note;
		this.markedBy = by;
		this.updatedAt = now;
	}

	Long getId() {
		return this.id;
	}

	long getCaseId() {
		return this.caseId;
	}

	String getNote() {
		return this.note;
	}

	long getVersion() {
		return this.version;
	}

}
