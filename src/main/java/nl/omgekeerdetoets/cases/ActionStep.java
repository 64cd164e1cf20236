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

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Step 4 as stored: the chosen solution and its kind, the decision and (for a refusal)
 * the call that explained it, the other departments and organisations involved, the step
 * plan, procesregie, the legal ground, the proportionality check, the cost comparison,
 * the obstacles met and the evaluation date.
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

	@Enumerated(EnumType.STRING)
	private Choices.DecisionKind decisionKind;

	/** The date of the formal decision (beschikking), where one is made. */
	private LocalDate decisionDate;

	/**
	 * Whether the resident was called before the refusal went out; null: not answered.
	 */
	private Boolean called;

	private LocalDate callDate;

	/** Who the call was with: the resident, or who spoke for them. */
	private String callWith;

	private String callAgreed;

	private String noCallReason;

	@ElementCollection
	@CollectionTable(name = "case_party", joinColumns = @JoinColumn(name = "case_id"))
	@OrderColumn(name = "position")
	private List<Party> parties = new ArrayList<>();

	/**
	 * Kept on the case's row for the lists' filter and the lead's overview (see
	 * {@link #refreshFlags()}).
	 */
	private boolean involvesOtherDepartment;

	private boolean refusedWithoutCall;

	// A JSON array on the case's row: no statement of its own when the case is read.
	@JdbcTypeCode(SqlTypes.JSON)
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

	// A JSON array on the case's row, as the step plan (the obstacle register reads it in
	// SQL).
	@JdbcTypeCode(SqlTypes.JSON)
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

	void decide(Choices.DecisionKind kind, LocalDate decisionDate, Boolean called, LocalDate callDate, String callWith,
			String callAgreed, String noCallReason) {
		this.decisionKind = kind;
		this.decisionDate = decisionDate;
		this.called = called;
		this.callDate = callDate;
		this.callWith = callWith;
		this.callAgreed = callAgreed;
		this.noCallReason = noCallReason;
		refreshFlags();
	}

	void involve(List<Party> parties) {
		this.parties.clear();
		this.parties.addAll(parties);
		refreshFlags();
	}

	/**
	 * A refusal without a call is one the consultant recorded as not called: while the
	 * question is unanswered the step is not complete, and it is not counted.
	 */
	private void refreshFlags() {
		this.involvesOtherDepartment = !this.parties.isEmpty();
		this.refusedWithoutCall = this.decisionKind != null && this.decisionKind.needsCall()
				&& Boolean.FALSE.equals(this.called);
	}

	/** Whether the call belongs on the page: asked for, or recorded anyway. */
	public boolean isCallShown() {
		return (this.decisionKind != null && this.decisionKind.needsCall()) || this.called != null;
	}

	/** The party that owns this action, or null when the team owns it. */
	public Party partyOf(PlannedAction action) {
		Integer index = action.getPartyIndex();
		return (index != null && index >= 0 && index < this.parties.size()) ? this.parties.get(index) : null;
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

	public Choices.DecisionKind getDecisionKind() {
		return this.decisionKind;
	}

	public LocalDate getDecisionDate() {
		return this.decisionDate;
	}

	public Boolean getCalled() {
		return this.called;
	}

	public LocalDate getCallDate() {
		return this.callDate;
	}

	public String getCallWith() {
		return this.callWith;
	}

	public String getCallAgreed() {
		return this.callAgreed;
	}

	public String getNoCallReason() {
		return this.noCallReason;
	}

	public List<Party> getParties() {
		return this.parties;
	}

	public boolean isInvolvesOtherDepartment() {
		return this.involvesOtherDepartment;
	}

	public boolean isRefusedWithoutCall() {
		return this.refusedWithoutCall;
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
