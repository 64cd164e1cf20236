package nl.omgekeerdetoets.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A resident's case, walked through the four steps of the Omgekeerde Toets. The resident
 * is known only by a pseudonym or initials. Owner and team are kept as ids: they belong
 * to the teams module.
 */
@Entity
@Table(name = "case_file")
public class CaseFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String reference;

	private String title;

	private String resident;

	private String questionAsAsked;

	@ElementCollection
	@CollectionTable(name = "case_domain", joinColumns = @JoinColumn(name = "case_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "domain")
	private Set<LawDomain> domains = new LinkedHashSet<>();

	private long teamId;

	private long ownerId;

	@Enumerated(EnumType.STRING)
	private CaseStatus status = CaseStatus.DRAFT;

	/**
	 * The first step that is not complete yet (5 when all are): kept for the list filter
	 * "step".
	 */
	private int currentStep = 1;

	// Step 1: the effect
	@ElementCollection
	@CollectionTable(name = "case_effect", joinColumns = @JoinColumn(name = "case_id"))
	@OrderColumn(name = "position")
	private List<DesiredEffect> effects = new ArrayList<>();

	private String residentWords;

	private String ownStrength;

	private String meaningForPeople;

	// Step 2: the purpose of the law
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

	// Step 3: ethics and norms
	private String realNeed;

	private String observations;

	private String frameOfReference;

	@ElementCollection
	@CollectionTable(name = "case_value", joinColumns = @JoinColumn(name = "case_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "value_code")
	private Set<Choices.Value> valuesAtStake = EnumSet.noneOf(Choices.Value.class);

	private String valuesNote;

	private String effectsShortTerm;

	private String effectsLongTerm;

	private String directorPerspective;

	private Boolean impartial;

	private String impartialityNote;

	// Step 4: from preconditions to action
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

	private LocalDate evaluationDate;

	private Instant createdAt;

	private Instant updatedAt;

	private Instant submittedAt;

	private Instant evaluatedAt;

	@Version
	private long version;

	protected CaseFile() {
	}

	CaseFile(String reference, long teamId, long ownerId, Instant now) {
		this.reference = reference;
		this.teamId = teamId;
		this.ownerId = ownerId;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void describe(String title, String resident, String questionAsAsked, Set<LawDomain> domains) {
		this.title = title;
		this.resident = resident;
		this.questionAsAsked = questionAsAsked;
		this.domains.clear();
		this.domains.addAll(domains);
	}

	void saveEffectStep(List<DesiredEffect> effects, String residentWords, String ownStrength,
			String meaningForPeople) {
		this.effects.clear();
		this.effects.addAll(effects);
		this.residentWords = residentWords;
		this.ownStrength = ownStrength;
		this.meaningForPeople = meaningForPeople;
	}

	void saveLawStep(Set<Long> lawIds, Set<Long> goalIds, Choices.WithinGoals withinGoals,
			String withinGoalsExplanation, String standardOutcome, String standardChangesAnything,
			String deviationReason) {
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

	void saveEthicsStep(String realNeed, String observations, String frameOfReference, Set<Choices.Value> values,
			String valuesNote, String effectsShortTerm, String effectsLongTerm, String directorPerspective,
			Boolean impartial, String impartialityNote) {
		this.realNeed = realNeed;
		this.observations = observations;
		this.frameOfReference = frameOfReference;
		this.valuesAtStake.clear();
		this.valuesAtStake.addAll(values);
		this.valuesNote = valuesNote;
		this.effectsShortTerm = effectsShortTerm;
		this.effectsLongTerm = effectsLongTerm;
		this.directorPerspective = directorPerspective;
		this.impartial = impartial;
		this.impartialityNote = impartialityNote;
	}

	void saveActionStep(String solution, Choices.SolutionKind solutionKind, String solutionKindReason,
			List<PlannedAction> actions, Boolean processCoordinationNeeded, String processCoordinator,
			String legalGround, String suitable, String necessary, String balanced, List<CostLine> costs,
			LocalDate evaluationDate) {
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
		this.evaluationDate = evaluationDate;
	}

	void touched(Instant now, int currentStep) {
		this.updatedAt = now;
		this.currentStep = currentStep;
	}

	void submitted(Instant now) {
		requireStatus(CaseStatus.DRAFT, CaseStatus.CHANGES_REQUESTED);
		this.status = CaseStatus.IN_REVIEW;
		this.submittedAt = now;
		this.updatedAt = now;
	}

	void approved(Instant now) {
		requireStatus(CaseStatus.IN_REVIEW);
		this.status = CaseStatus.APPROVED;
		this.updatedAt = now;
	}

	void changesRequested(Instant now) {
		requireStatus(CaseStatus.IN_REVIEW);
		this.status = CaseStatus.CHANGES_REQUESTED;
		this.updatedAt = now;
	}

	void evaluated(Instant now) {
		requireStatus(CaseStatus.APPROVED, CaseStatus.EVALUATED);
		this.status = CaseStatus.EVALUATED;
		this.evaluatedAt = now;
		this.updatedAt = now;
	}

	private void requireStatus(CaseStatus... allowed) {
		for (CaseStatus status : allowed) {
			if (this.status == status) {
				return;
			}
		}
		throw new IllegalCaseTransitionException(this.status);
	}

	public Long getId() {
		return this.id;
	}

	public String getReference() {
		return this.reference;
	}

	public String getTitle() {
		return this.title;
	}

	public String getResident() {
		return this.resident;
	}

	public String getQuestionAsAsked() {
		return this.questionAsAsked;
	}

	public Set<LawDomain> getDomains() {
		return this.domains;
	}

	public long getTeamId() {
		return this.teamId;
	}

	public long getOwnerId() {
		return this.ownerId;
	}

	public CaseStatus getStatus() {
		return this.status;
	}

	public int getCurrentStep() {
		return this.currentStep;
	}

	public List<DesiredEffect> getEffects() {
		return this.effects;
	}

	public String getResidentWords() {
		return this.residentWords;
	}

	public String getOwnStrength() {
		return this.ownStrength;
	}

	public String getMeaningForPeople() {
		return this.meaningForPeople;
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

	public String getRealNeed() {
		return this.realNeed;
	}

	public String getObservations() {
		return this.observations;
	}

	public String getFrameOfReference() {
		return this.frameOfReference;
	}

	public Set<Choices.Value> getValuesAtStake() {
		return this.valuesAtStake;
	}

	public String getValuesNote() {
		return this.valuesNote;
	}

	public String getEffectsShortTerm() {
		return this.effectsShortTerm;
	}

	public String getEffectsLongTerm() {
		return this.effectsLongTerm;
	}

	public String getDirectorPerspective() {
		return this.directorPerspective;
	}

	public Boolean getImpartial() {
		return this.impartial;
	}

	public String getImpartialityNote() {
		return this.impartialityNote;
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

	public LocalDate getEvaluationDate() {
		return this.evaluationDate;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public Instant getEvaluatedAt() {
		return this.evaluatedAt;
	}

	public long getVersion() {
		return this.version;
	}

}
