package nl.omgekeerdetoets.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.omgekeerdetoets.library.LawLibrary;
import nl.omgekeerdetoets.shared.NoBsn;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;

/**
 * Step 4, from preconditions to action: the solution and its kind, the step plan,
 * procesregie, the legal ground, the proportionality check, the cost comparison and the
 * evaluation date.
 */
class ActionStepForm extends StepForm {

	static final List<StepField> FIELDS = List.of(StepField.of("solution", "action.solution"),
			StepField
				.group("solutionKind", "action.solutionKind", "solutionKind", "solutionKind", "solutionKindReason"),
			StepField.group("actions", "action.plan", "actions0.description", "actions"),
			StepField.group("processCoordination", "action.processCoordination", "processCoordinationNeeded",
					"processCoordinationNeeded", "processCoordinator", "processCoordinatorNamed"),
			StepField.of("legalGround", "action.legalGround"),
			StepField.group("proportionality", "action.proportionality", "proportionalitySuitable",
					"proportionalitySuitable", "proportionalityNecessary", "proportionalityBalanced"),
			StepField.group("costs", "cost.title", "costs", "costs"),
			StepField.of("evaluationDate", "action.evaluationDate"));

	@NotBlank(groups = Complete.class, message = "{gap.solution}")
	@Size(max = 4000, message = "{validation.size}")
	@NoBsn
	private String solution;

	@NotNull(groups = Complete.class, message = "{gap.solutionKind}")
	private Choices.SolutionKind solutionKind;

	@NotBlank(groups = Complete.class, message = "{gap.solutionKindReason}")
	@Size(max = 4000, message = "{validation.size}")
	@NoBsn
	private String solutionKindReason;

	@NotEmpty(groups = Complete.class, message = "{gap.actions}")
	private List<@Valid ActionRow> actions = new ArrayList<>();

	@NotNull(groups = Complete.class, message = "{gap.processCoordination}")
	private Boolean processCoordinationNeeded;

	@Size(max = 150, message = "{validation.size}")
	@NoBsn
	private String processCoordinator;

	@NotBlank(groups = Complete.class, message = "{gap.legalGround}")
	@Size(max = 4000, message = "{validation.size}")
	@NoBsn
	private String legalGround;

	@NotBlank(groups = Complete.class, message = "{gap.suitable}")
	@Size(max = 4000, message = "{validation.size}")
	@NoBsn
	private String proportionalitySuitable;

	@NotBlank(groups = Complete.class, message = "{gap.necessary}")
	@Size(max = 4000, message = "{validation.size}")
	@NoBsn
	private String proportionalityNecessary;

	@NotBlank(groups = Complete.class, message = "{gap.balanced}")
	@Size(max = 4000, message = "{validation.size}")
	@NoBsn
	private String proportionalityBalanced;

	private List<@Valid CostRow> costs = new ArrayList<>();

	@NotNull(groups = Complete.class, message = "{gap.evaluationDate}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate evaluationDate;

	@Override
	void load(CaseFile caseFile) {
		ActionStep step = caseFile.getAction();
		this.solution = step.getSolution();
		this.solutionKind = step.getSolutionKind();
		this.solutionKindReason = step.getSolutionKindReason();
		step.getActions()
			.forEach((a) -> this.actions.add(new ActionRow(a.getDescription(), a.getOwner(), a.getDueDate())));
		this.processCoordinationNeeded = step.getProcessCoordinationNeeded();
		this.processCoordinator = step.getProcessCoordinator();
		this.legalGround = step.getLegalGround();
		this.proportionalitySuitable = step.getProportionalitySuitable();
		this.proportionalityNecessary = step.getProportionalityNecessary();
		this.proportionalityBalanced = step.getProportionalityBalanced();
		step.getCosts()
			.forEach((l) -> this.costs.add(new CostRow(l.getScenario(), l.getPayer(), l.getDescription(),
					l.getAmountPerYear(), l.getYears())));
		this.evaluationDate = step.getEvaluationDate();
	}

	@Override
	void addOptions(Model model, LawLibrary library) {
		model.addAttribute("solutionKinds", Choices.SolutionKind.values());
		model.addAttribute("scenarios", Choices.Scenario.values());
		model.addAttribute("payers", Choices.Payer.values());
		model.addAttribute("costComparison", costComparison());
	}

	@Override
	String anchorOf(String property) {
		return property.equals("processCoordinatorNamed") ? "processCoordinator" : super.anchorOf(property);
	}

	/** Procesregie, when needed, needs someone who has it. */
	@AssertTrue(groups = Complete.class, message = "{gap.processCoordinator}")
	boolean isProcessCoordinatorNamed() {
		return !Boolean.TRUE.equals(this.processCoordinationNeeded) || this.processCoordinator != null;
	}

	@Override
	Step step() {
		return Step.ACTION;
	}

	@Override
	List<StepField> fields() {
		return FIELDS;
	}

	@Override
	void applyTo(CaseFile caseFile) {
		List<PlannedAction> plan = this.actions.stream()
			.filter((row) -> !row.isBlank())
			.map((row) -> new PlannedAction(row.getDescription(), row.getOwner(), row.getDueDate()))
			.toList();
		List<CostLine> lines = this.costs.stream()
			.filter((row) -> !row.isBlank())
			.map((row) -> new CostLine(row.getScenario(), row.getPayer(), row.getDescription(), row.getAmountPerYear(),
					row.getYears()))
			.toList();
		caseFile.getAction()
			.update(this.solution, this.solutionKind, this.solutionKindReason, plan, this.processCoordinationNeeded,
					this.processCoordinator, this.legalGround, this.proportionalitySuitable,
					this.proportionalityNecessary, this.proportionalityBalanced, lines, this.evaluationDate);
	}

	@Override
	Map<String, List<?>> rows() {
		return Map.of("actions", this.actions, "costs", this.costs);
	}

	@Override
	void padRows(String extraRowIn) {
		int wantedActions = Math.max(1, this.actions.size() + ("actions".equals(extraRowIn) ? 1 : 0));
		while (this.actions.size() < wantedActions) {
			this.actions.add(new ActionRow());
		}
		int wantedCosts = Math.max(2, this.costs.size() + ("costs".equals(extraRowIn) ? 1 : 0));
		while (this.costs.size() < wantedCosts) {
			// Offer one line per scenario, so the comparison is visible from the start.
			this.costs.add(new CostRow(
					(this.costs.size() % 2 == 0) ? Choices.Scenario.WITHOUT_MAATWERK : Choices.Scenario.WITH_MAATWERK,
					null, null, null, null));
		}
	}

	/** The comparison of what is typed now, including rows not yet saved. */
	CostComparison costComparison() {
		return CostComparison.of(this.costs.stream()
			.filter((row) -> !row.isBlank())
			.map((row) -> new CostLine(row.getScenario(), row.getPayer(), row.getDescription(), row.getAmountPerYear(),
					row.getYears()))
			.toList());
	}

	public String getSolution() {
		return this.solution;
	}

	public void setSolution(String solution) {
		this.solution = solution;
	}

	public Choices.SolutionKind getSolutionKind() {
		return this.solutionKind;
	}

	public void setSolutionKind(Choices.SolutionKind solutionKind) {
		this.solutionKind = solutionKind;
	}

	public String getSolutionKindReason() {
		return this.solutionKindReason;
	}

	public void setSolutionKindReason(String solutionKindReason) {
		this.solutionKindReason = solutionKindReason;
	}

	public List<ActionRow> getActions() {
		return this.actions;
	}

	public void setActions(List<ActionRow> actions) {
		this.actions = (actions != null) ? actions : new ArrayList<>();
	}

	public Boolean getProcessCoordinationNeeded() {
		return this.processCoordinationNeeded;
	}

	public void setProcessCoordinationNeeded(Boolean processCoordinationNeeded) {
		this.processCoordinationNeeded = processCoordinationNeeded;
	}

	public String getProcessCoordinator() {
		return this.processCoordinator;
	}

	public void setProcessCoordinator(String processCoordinator) {
		this.processCoordinator = processCoordinator;
	}

	public String getLegalGround() {
		return this.legalGround;
	}

	public void setLegalGround(String legalGround) {
		this.legalGround = legalGround;
	}

	public String getProportionalitySuitable() {
		return this.proportionalitySuitable;
	}

	public void setProportionalitySuitable(String proportionalitySuitable) {
		this.proportionalitySuitable = proportionalitySuitable;
	}

	public String getProportionalityNecessary() {
		return this.proportionalityNecessary;
	}

	public void setProportionalityNecessary(String proportionalityNecessary) {
		this.proportionalityNecessary = proportionalityNecessary;
	}

	public String getProportionalityBalanced() {
		return this.proportionalityBalanced;
	}

	public void setProportionalityBalanced(String proportionalityBalanced) {
		this.proportionalityBalanced = proportionalityBalanced;
	}

	public List<CostRow> getCosts() {
		return this.costs;
	}

	public void setCosts(List<CostRow> costs) {
		this.costs = (costs != null) ? costs : new ArrayList<>();
	}

	public LocalDate getEvaluationDate() {
		return this.evaluationDate;
	}

	public void setEvaluationDate(LocalDate evaluationDate) {
		this.evaluationDate = evaluationDate;
	}

	public static class ActionRow {

		@Size(max = 2000, message = "{validation.size}")
		@NoBsn
		private String description;

		@NotBlank(groups = Complete.class, message = "{gap.action.owner}")
		@Size(max = 150, message = "{validation.size}")
		@NoBsn
		private String owner;

		@NotNull(groups = Complete.class, message = "{gap.action.dueDate}")
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate dueDate;

		public ActionRow() {
		}

		ActionRow(String description, String owner, LocalDate dueDate) {
			this.description = description;
			this.owner = owner;
			this.dueDate = dueDate;
		}

		boolean isBlank() {
			return this.description == null && this.owner == null && this.dueDate == null;
		}

		public String getDescription() {
			return this.description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public String getOwner() {
			return this.owner;
		}

		public void setOwner(String owner) {
			this.owner = owner;
		}

		public LocalDate getDueDate() {
			return this.dueDate;
		}

		public void setDueDate(LocalDate dueDate) {
			this.dueDate = dueDate;
		}

	}

	public static class CostRow {

		private Choices.Scenario scenario;

		private Choices.Payer payer;

		@Size(max = 300, message = "{validation.size}")
		@NoBsn
		private String description;

		@DecimalMin(value = "0.00", message = "{cost.amount.negative}")
		@Digits(integer = 10, fraction = 2, message = "{cost.amount.digits}")
		private BigDecimal amountPerYear;

		@Min(value = 1, message = "{cost.years.range}")
		@Max(value = 50, message = "{cost.years.range}")
		private Integer years;

		public CostRow() {
		}

		CostRow(Choices.Scenario scenario, Choices.Payer payer, String description, BigDecimal amountPerYear,
				Integer years) {
			this.scenario = scenario;
			this.payer = payer;
			this.description = description;
			this.amountPerYear = amountPerYear;
			this.years = years;
		}

		/** A row with nothing but a preset scenario typed into it is left out. */
		boolean isBlank() {
			return this.payer == null && this.description == null && this.amountPerYear == null && this.years == null;
		}

		public Choices.Scenario getScenario() {
			return this.scenario;
		}

		public void setScenario(Choices.Scenario scenario) {
			this.scenario = scenario;
		}

		public Choices.Payer getPayer() {
			return this.payer;
		}

		public void setPayer(Choices.Payer payer) {
			this.payer = payer;
		}

		public String getDescription() {
			return this.description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public BigDecimal getAmountPerYear() {
			return this.amountPerYear;
		}

		public void setAmountPerYear(BigDecimal amountPerYear) {
			this.amountPerYear = amountPerYear;
		}

		public Integer getYears() {
			return this.years;
		}

		public void setYears(Integer years) {
			this.years = years;
		}

	}

}
