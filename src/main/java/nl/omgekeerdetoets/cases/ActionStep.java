package nl.omgekeerdetoets.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;

/**
 * Step 4 as stored: the chosen solution and its kind, the step plan, procesregie, the
 * legal ground, the proportionality check, the cost comparison, the obstacles met and the
 * evaluation date.
 *
 * <p>
 * The obstacles belong here, not in step 2 or 3: step 4 goes "from preconditions to
 * action", and it is turning the solution into action (its legal ground, the policy rules
 * and work processes it has to pass, the cost) where a law, a rule, a process or a
 * culture gets in the way. The consultant writes them down beside the solution they
 * hindered, and the lead reads them with it.
 */
@Embeddable
class ActionStep {

	private String solution;

	@Enumerated(EnumType.STRING)
	private Choices.SolutionKind solutionKind;

	private String solutionKindReason;

	@ElementCollection
	@CollectionTable(name = "case_action", joinColumns = @JoinColumn(name = "case_id"))
	@OrderColumn(name = "position")
	private List<PlannedAction> actions = new ArrayList<>();

	private Boolean processCoordinationNeeded;

	private String processCoordinator;

	private String legalGround;

	private String proportionalitySuitable;

	private String proportionalityNecessary;

	private String proportionalityBalanced;

	@ElementCollection
	@CollectionTable(name = "case_cost", joinColumns = @JoinColumn(name = "case_id"))
	@OrderColumn(name = "position")
	private List<CostLine> costs = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "case_obstacle", joinColumns = @JoinColumn(name = "case_id"))
	@OrderColumn(name = "position")
	private List<Obstacle> obstacles = new ArrayList<>();

	private LocalDate evaluationDate;

	void update(String solution, Choices.SolutionKind solutionKind, String solutionKindReason,
			List<PlannedAction> actions, Boolean processCoordinationNeeded, String processCoordinator,
			String legalGround, String suitable, String necessary, String balanced, List<CostLine> costs,
			List<Obstacle> obstacles, LocalDate evaluationDate) {
		this.solution = solution;
		this.solutionKind = solutionKind;
		this.solutionKindReason = solutionKindReason;
		this.actions.clear();
		this.actions.addAll(actions);
		this.processCoordinationNeeded = processCoordinationNeeded;
		this.processCoordinator = processCoordinator;
		this.legalGround = legalGround;
		this.proportionalitySuitable = suitable;
		this.proportionalityNecessary = necessary;
		this.proportionalityBalanced = balanced;
		this.costs.clear();
		this.costs.addAll(costs);
		this.obstacles.clear();
		this.obstacles.addAll(obstacles);
		this.evaluationDate = evaluationDate;
	}

	public String getSolution() {
		return this.solution;
	}

	public Choices.SolutionKind getSolutionKind() {
		return this.solutionKind;
	}

	public String getSolutionKindReason() {
		return this.solutionKindReason;
	}

	public List<PlannedAction> getActions() {
		return this.actions;
	}

	public Boolean getProcessCoordinationNeeded() {
		return this.processCoordinationNeeded;
	}

	public String getProcessCoordinator() {
		return this.processCoordinator;
	}

	public String getLegalGround() {
		return this.legalGround;
	}

	public String getProportionalitySuitable() {
		return this.proportionalitySuitable;
	}

	public String getProportionalityNecessary() {
		return this.proportionalityNecessary;
	}

	public String getProportionalityBalanced() {
		return this.proportionalityBalanced;
	}

	public List<CostLine> getCosts() {
		return this.costs;
	}

	public List<Obstacle> getObstacles() {
		return this.obstacles;
	}

	public LocalDate getEvaluationDate() {
		return this.evaluationDate;
	}

}
