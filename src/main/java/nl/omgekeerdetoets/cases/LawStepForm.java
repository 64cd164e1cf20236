package nl.omgekeerdetoets.cases;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.Size;
import nl.omgekeerdetoets.shared.NoBsn;

/**
 * Step 2, the purpose of the law: the laws and goals that apply, whether the effect falls
 * within them, and what the letter of the law or the standard product would have given.
 */
class LawStepForm implements StepForm {

	private Set<Long> goalIds = new LinkedHashSet<>();

	private Choices.WithinGoals withinGoals;

	@Size(max = 4000, message = "{validation.size}")
	@NoBsn
	private String withinGoalsExplanation;

	@Size(max = 4000, message = "{validation.size}")
	@NoBsn
	private String standardOutcome;

	@Size(max = 4000, message = "{validation.size}")
	@NoBsn
	private String standardChangesAnything;

	@Size(max = 4000, message = "{validation.size}")
	@NoBsn
	private String deviationReason;

	private long version;

	/** Filled by the controller from the library: the law each goal belongs to. */
	private Map<Long, Long> lawOfGoal = Map.of();

	static LawStepForm from(CaseFile c) {
		LawStepForm form = new LawStepForm();
		form.goalIds.addAll(c.getGoalIds());
		form.withinGoals = c.getWithinGoals();
		form.withinGoalsExplanation = c.getWithinGoalsExplanation();
		form.standardOutcome = c.getStandardOutcome();
		form.standardChangesAnything = c.getStandardChangesAnything();
		form.deviationReason = c.getDeviationReason();
		form.version = c.getVersion();
		return form;
	}

	@Override
	public Step step() {
		return Step.LAW;
	}

	void lawOfGoal(Map<Long, Long> lawOfGoal) {
		this.lawOfGoal = lawOfGoal;
	}

	@Override
	public void applyTo(CaseFile c) {
		// Only goals the library knows count; the laws follow from the goals picked.
		Set<Long> goals = new LinkedHashSet<>();
		Set<Long> laws = new LinkedHashSet<>();
		for (Long goalId : this.goalIds) {
			Long lawId = this.lawOfGoal.get(goalId);
			if (lawId != null) {
				goals.add(goalId);
				laws.add(lawId);
			}
		}
		c.saveLawStep(laws, goals, this.withinGoals, StepForm.clean(this.withinGoalsExplanation),
				StepForm.clean(this.standardOutcome), StepForm.clean(this.standardChangesAnything),
				StepForm.clean(this.deviationReason));
	}

	public Set<Long> getGoalIds() {
		return this.goalIds;
	}

	public void setGoalIds(Set<Long> goalIds) {
		this.goalIds = (goalIds != null) ? goalIds : new LinkedHashSet<>();
	}

	public Choices.WithinGoals getWithinGoals() {
		return this.withinGoals;
	}

	public void setWithinGoals(Choices.WithinGoals withinGoals) {
		this.withinGoals = withinGoals;
	}

	public String getWithinGoalsExplanation() {
		return this.withinGoalsExplanation;
	}

	public void setWithinGoalsExplanation(String withinGoalsExplanation) {
		this.withinGoalsExplanation = withinGoalsExplanation;
	}

	public String getStandardOutcome() {
		return this.standardOutcome;
	}

	public void setStandardOutcome(String standardOutcome) {
		this.standardOutcome = standardOutcome;
	}

	public String getStandardChangesAnything() {
		return this.standardChangesAnything;
	}

	public void setStandardChangesAnything(String standardChangesAnything) {
		this.standardChangesAnything = standardChangesAnything;
	}

	public String getDeviationReason() {
		return this.deviationReason;
	}

	public void setDeviationReason(String deviationReason) {
		this.deviationReason = deviationReason;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

	@Override
	public void setVersion(long version) {
		this.version = version;
	}

}
