package nl.omgekeerdetoets.cases;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One action of the step plan: what, who, by when, and the other department or
 * organisation that owns it, if any (by its position among the case's parties). Stored as
 * an element of a JSON array on the case's row ({@link ActionStep}); equal when all its
 * fields are, so that a save that leaves the plan as it was does not write it.
 */
class PlannedAction {

	private String description;

	private String owner;

	private LocalDate dueDate;

	private Integer partyIndex;

	protected PlannedAction() {
	}

	PlannedAction(String description, String owner, LocalDate dueDate, Integer partyIndex) {
		this.description = description;
		this.owner = owner;
		this.dueDate = dueDate;
		this.partyIndex = partyIndex;
	}

	public String getDescription() {
		return this.description;
	}

	public String getOwner() {
		return this.owner;
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

	/** The position of the party that owns this action, or null for the team itself. */
	public Integer getPartyIndex() {
		return this.partyIndex;
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof PlannedAction that) && Objects.equals(this.description, that.description)
				&& Objects.equals(this.owner, that.owner) && Objects.equals(this.dueDate, that.dueDate)
				&& Objects.equals(this.partyIndex, that.partyIndex);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.description, this.owner, this.dueDate, this.partyIndex);
	}

}
