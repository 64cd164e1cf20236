package nl.omgekeerdetoets.cases;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Whether one desired effect was reached at a follow-up, with the consultant's note. */
@Embeddable
class FollowUpResult {

	@Enumerated(EnumType.STRING)
	private Choices.Outcome outcome;

	private String note;

	protected FollowUpResult() {
	}

	FollowUpResult(Choices.Outcome outcome, String note) {
		this.outcome = outcome;
		this.note = note;
	}

	public Choices.Outcome getOutcome() {
		return this.outcome;
	}

	public String getNote() {
		return this.note;
	}

}
