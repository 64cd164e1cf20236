package nl.omgekeerdetoets.cases;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;

/**
 * One action of the step plan: what, who, by when, and the other department or
 * organisation that owns it, if any (by its position among the case's parties).
 */
@Embeddable
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

}
