package nl.omgekeerdetoets.cases;

import jakarta.persistence.Embeddable;

/**
 * One effect the resident wants to reach, and how we will know it was reached. Whether it
 * was is recorded at the follow-ups ({@link FollowUp}).
 */
@Embeddable
class DesiredEffect {

	private String description;

	private String indicator;

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

}
