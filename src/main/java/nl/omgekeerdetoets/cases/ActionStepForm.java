package nl.omgekeerdetoets.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import nl.omgekeerdetoets.shared.NoBsn;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Step 4, from preconditions to action: the solution and its kind, the step plan,
 * procesregie, the legal ground, the proportionality check, the cost comparison and the
 * evaluation date.
 */
class ActionStepForm implements StepForm {

	@Size(max = 4000, message = "{validation.size}")
	@NoBsn
	private String solution;

	private Choices.SolutionKind solutionKind;

	@Size(max = 4000, message = "{validation.size}")
	@NoBsn
	private String solutionKindReason;

	private List<@Valid ActionRow> actions = new ArrayList<>();

	private Boolean processCoordinationNeeded;

	@Size(max = 150, message = "{validation.size}")
	@NoBsn
	private String processCoordinator;

	@Size(max = 4000, message = "{validation.size}")
	@NoBsn
	private String legalGround;

	@Size(max = 4000, message = "{validation.size}")
	@NoBsn
	private String proportionalitySuitable;

	@Size(max = 4000, message = "{validation.size}")
	@NoBsn
	private String proportionalityNecessary;

	@Size(max = 4000, message = "{validation.size}")
	@NoBsn
	private String proportionalityBalanced;

	private List<@Valid CostRow> costs = new ArrayList<>();

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate evaluationDate;

	private long version;

	static ActionStepForm from(CaseFile c) {
		ActionStepForm form = new ActionStepForm();
		form.solution = c.getSolution();
		form.solutionKind = c.getSolutionKind();
		form.solutionKindReason = c.getSolutionKindReason();
		c.getActions()
			.forEach((a) -> form.actions.add(new ActionRow(a.getDescription(), a.getOwner(), a.getDueDate())));
		form.processCoordinationNeeded = c.getProcessCoordinationNeeded();
		form.processCoordinator = c.getProcessCoordinator();
		form.legalGround = c.getLegalGround();
		form.proportionalitySuitable = c.getProportionalitySuitable();
		form.proportionalityNecessary = c.getProportionalityNecessary();
		form.proportionalityBalanced = c.getProportionalityBalanced();
		c.getCosts()
			.forEach((l) -> form.costs.add(new CostRow(l.getScenario(), l.getPayer(), l.getDescription(),
					l.getAmountPerYear(), l.getYears())));
		form.evaluationDate = c.getEvaluationDate();
		form.version = c.getVersion();
		return form;
	}

	@Override
	public Step step() {
		return Step.ACTION;
	}

	@Override
	public void applyTo(CaseFile c) {
		List<PlannedAction> plan = this.actions.stream()
			.filter((row) -> !row.isBlank())
			.map((row) -> new PlannedAction(StepForm.clean(row.getDescription()), StepForm.clean(row.getOwner()),
					row.getDueDate()))
			.toList();
		List<CostLine> lines = this.costs.stream()
			.filter((row) -> !row.isBlank())
			.map((row) -> new CostLine(row.getScenario(), row.getPayer(), StepForm.clean(row.getDescription()),
					row.getAmountPerYear(), row.getYears()))
			.toList();
		c.saveActionStep(StepForm.clean(this.solution), this.solutionKind, StepForm.clean(this.solutionKindReason),
				plan, this.processCoordinationNeeded, StepForm.clean(this.processCoordinator),
				StepForm.clean(this.legalGround), StepForm.clean(this.proportionalitySuitable),
				StepForm.clean(this.proportionalityNecessary), StepForm.clean(this.proportionalityBalanced), lines,
				this.evaluationDate);
	}

	void padRows(int extraActions, int extraCosts) {
		int wantedActions = Math.max(1, this.actions.size() + extraActions);
		while (this.actions.size() < wantedActions) {
			this.actions.add(new ActionRow());
		}
		int wantedCosts = Math.max(2, this.costs.size() + extraCosts);
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

	@Override
	public long getVersion() {
		return this.version;
	}

	@Override
	public void setVersion(long version) {
		this.version = version;
	}

	public static class ActionRow {

		@Size(max = 2000, message = "{validation.size}")
		@NoBsn
		private String description;

		@Size(max = 150, message = "{validation.size}")
		@NoBsn
		private String owner;

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
			return StepForm.clean(this.description) == null && StepForm.clean(this.owner) == null
					&& this.dueDate == null;
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
			return this.payer == null && StepForm.clean(this.description) == null && this.amountPerYear == null
					&& this.years == null;
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
