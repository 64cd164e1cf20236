package nl.omgekeerdetoets.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One effect the resident wants to reach, how we will know it was reached, and (at
 * evaluation) whether it was.
 */
@Embeddable
class DesiredEffect {

	private String description;

	private String indicator;

	@Enumerated(EnumType.STRING)
	@Column(name = "outcome")
	private Choices.Outcome outcome;

	private String outcomeNote;

	protected DesiredEffect() {
	}

	DesiredEffect(String description, String indicator) {
		this.description = description;
		this.indicator = indicator;
	}

	public String getDescription() {
		return this.description;
	}

	public String getIndicator() {
		return this.indicator;
	}

	public Choices.Outcome getOutcome() {
		return this.outcome;
	}

	public String getOutcomeNote() {
		return this.outcomeNote;
	}

	void recordOutcome(Choices.Outcome outcome, String note) {
		this.outcome = outcome;
		this.outcomeNote = note;
	}

}
