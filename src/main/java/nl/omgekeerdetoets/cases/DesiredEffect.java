package nl.omgekeerdetoets.cases;

import java.util.Objects;

/**
 * One effect the resident wants to reach, and how we will know it was reached. Whether it
 * was is recorded at the follow-ups ({@link FollowUp}), by the effect's position. Stored
 * as an element of a JSON array on the case's row ({@link EffectStep}); equal when all
 * its fields are, so that a save that leaves the effects as they were does not write
 * them.
 */
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

	@Override
	public boolean equals(Object other) {
		return (other instanceof DesiredEffect that) && Objects.equals(this.description, that.description)
				&& Objects.equals(this.indicator, that.indicator);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.description, this.indicator);
	}

}
