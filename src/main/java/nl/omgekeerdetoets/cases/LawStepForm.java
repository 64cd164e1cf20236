package nl.omgekeerdetoets.cases;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.omgekeerdetoets.library.GoalSummary;
import nl.omgekeerdetoets.library.LawLibrary;
import nl.omgekeerdetoets.shared.NoBsn;

import org.springframework.ui.Model;

/**
 * Step 2, the purpose of the law: the laws and goals that apply, whether the effect falls
 * within them, and what the letter of the law or the standard product would have given.
 */
class LawStepForm extends StepForm {

	static final List<StepField> FIELDS = List.of(StepField.group("goalIds", "law.goals", "goalIds", "goalIds"),
			StepField.group("withinGoals", "law.withinGoals", "withinGoals", "withinGoals", "withinGoalsExplanation"),
			StepField.of("standardOutcome", "law.standardOutcome"),
			StepField.of("standardChangesAnything", "law.standardChangesAnything"),
			StepField.of("deviationReason", "law.deviationReason"));

	@NotEmpty(groups = Complete.class, message = "{gap.goals}")
	private Set<Long> goalIds = new LinkedHashSet<>();

	@NotNull(groups = Complete.class, message = "{gap.withinGoals}")
	private Choices.WithinGoals withinGoals;

	@Size(max = 4000, message = "{validation.size}")
	@NoBsn
	private String withinGoalsExplanation;

	@NotBlank(groups = Complete.class, message = "{gap.standardOutcome}")
	@Size(max = 4000, message = "{validation.size}")
	@NoBsn
	private String standardOutcome;

	@NotBlank(groups = Complete.class, message = "{gap.standardChangesAnything}")
	@Size(max = 4000, message = "{validation.size}")
	@NoBsn
	private String standardChangesAnything;

	@Size(max = 4000, message = "{validation.size}")
	@NoBsn
	private String deviationReason;

	/** Read from the library: the law each goal belongs to. */
	private Map<Long, Long> lawOfGoal = Map.of();

	@Override
	void load(CaseFile caseFile) {
		LawStep step = caseFile.getLaw();
		this.goalIds.addAll(step.getGoalIds());
		this.withinGoals = step.getWithinGoals();
		this.withinGoalsExplanation = step.getWithinGoalsExplanation();
		this.standardOutcome = step.getStandardOutcome();
		this.standardChangesAnything = step.getStandardChangesAnything();
		this.deviationReason = step.getDeviationReason();
	}

	@Override
	Step step() {
		return Step.LAW;
	}

	@Override
	List<StepField> fields() {
		return FIELDS;
	}

	@Override
	void resolve(LawLibrary library) {
		this.lawOfGoal = library.goalsByIds(this.goalIds)
			.stream()
			.collect(Collectors.toMap(GoalSummary::id, GoalSummary::lawId));
	}

	@Override
	void addOptions(Model model, LawLibrary library) {
		model.addAttribute("laws", library.activeLawsWithGoals());
		// Goals this case chose that the admin retired since: still shown and kept, never
		// dropped silently.
		model.addAttribute("retiredGoals",
				library.goalsByIds(this.goalIds).stream().filter(GoalSummary::isRetired).toList());
		model.addAttribute("withinGoalsOptions", Choices.WithinGoals.values());
	}

	@Override
	void applyTo(CaseFile caseFile) {
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
		caseFile.getLaw()
			.update(laws, goals, this.withinGoals, this.withinGoalsExplanation, this.standardOutcome,
					this.standardChangesAnything, this.deviationReason);
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

}
