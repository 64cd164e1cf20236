package nl.omgekeerdetoets.cases;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;

/**
 * Step 2 as stored: the laws and goals from the library that apply, whether the effect
 * falls within them, and what the letter of the law or the standard product would give.
 * Laws and goals are kept as ids: the library module owns them.
 */
@Embeddable
class LawStep {

	@ElementCollection
	@CollectionTable(name = "case_law", joinColumns = @JoinColumn(name = "case_id"))
	@Column(name = "law_id")
	private Set<Long> lawIds = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "case_law_goal", joinColumns = @JoinColumn(name = "case_id"))
	@Column(name = "goal_id")
	private Set<Long> goalIds = new LinkedHashSet<>();

	@Enumerated(EnumType.STRING)
	private Choices.WithinGoals withinGoals;

	private String withinGoalsExplanation;

	private String standardOutcome;

	private String standardChangesAnything;

	private String deviationReason;

	void update(Set<Long> lawIds, Set<Long> goalIds, Choices.WithinGoals withinGoals, String withinGoalsExplanation,
			String standardOutcome, String standardChangesAnything, String deviationReason) {
		this.lawIds.clear();
		this.lawIds.addAll(lawIds);
		this.goalIds.clear();
		this.goalIds.addAll(goalIds);
		this.withinGoals = withinGoals;
		this.withinGoalsExplanation = withinGoalsExplanation;
		this.standardOutcome = standardOutcome;
		this.standardChangesAnything = standardChangesAnything;
		this.deviationReason = deviationReason;
	}

	public Set<Long> getLawIds() {
		return this.lawIds;
	}

	public Set<Long> getGoalIds() {
		return this.goalIds;
	}

	public Choices.WithinGoals getWithinGoals() {
		return this.withinGoals;
	}

	public String getWithinGoalsExplanation() {
		return this.withinGoalsExplanation;
	}

	public String getStandardOutcome() {
		return this.standardOutcome;
	}

	public String getStandardChangesAnything() {
		return this.standardChangesAnything;
	}

	public String getDeviationReason() {
		return this.deviationReason;
	}

}
