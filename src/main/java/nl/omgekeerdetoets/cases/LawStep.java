package nl.omgekeerdetoets.cases;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Step 2 as stored: the laws and goals from the library that apply, whether the effect
 * falls within them, and what the letter of the law or the standard product would give.
 * Laws and goals are kept as ids: the library module owns them.
 */
@Embeddable
class LawStep {

	// Arrays on the case's row: no statement of their own when the case is read.
	@JdbcTypeCode(SqlTypes.ARRAY)
	private Set<Long> lawIds = new LinkedHashSet<>();

	// Also on the similarity search's row (V34), which counts the goals cases share.
	@JdbcTypeCode(SqlTypes.ARRAY)
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
