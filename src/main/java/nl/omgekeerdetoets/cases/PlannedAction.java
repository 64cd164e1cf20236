package nl.omgekeerdetoets.cases;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;

/**
 * One action of the step plan: what, who, by when.
 */
@Embeddable
class PlannedAction {

	private String description;

	private String owner;

	private LocalDate dueDate;

	protected PlannedAction() {
	}

	PlannedAction(String description, String owner, LocalDate dueDate) {
		this.description = description;
		this.owner = owner;
		this.dueDate = dueDate;
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

}
