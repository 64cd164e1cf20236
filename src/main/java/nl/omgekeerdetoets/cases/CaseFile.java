package nl.omgekeerdetoets.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A resident's case, walked through the four steps of the Omgekeerde Toets. The resident
 * is known only by a pseudonym or initials. Owner and team are kept as ids: they belong
 * to the teams module.
 */
@Entity
@Table(name = "case_file")
class CaseFile {

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

	// The four steps, each one unit: its own fields and collections, in the case's row.
	@Embedded
	private EffectStep effect = new EffectStep();

	@Embedded
	private LawStep law = new LawStep();

	@Embedded
	private EthicsStep ethics = new EthicsStep();

	@Embedded
	private ActionStep action = new ActionStep();

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

	/**
	 * The case's date for the price list: the day it was opened, in the app's time zone.
	 * Every item of the case is priced as on that one day, whenever a line is added, so
	 * the comparison does not mix price years, and the day never moves. (The day a step
	 * is saved would move with every save.) A line keeps the price once made.
	 */
	LocalDate pricingDay(ZoneId zone) {
		return LocalDate.ofInstant(this.createdAt, zone);
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

	// Hibernate leaves an embedded step null when all of its columns are; a step is never
	// absent, only empty.
	public EffectStep getEffect() {
		if (this.effect == null) {
			this.effect = new EffectStep();
		}
		return this.effect;
	}

	public LawStep getLaw() {
		if (this.law == null) {
			this.law = new LawStep();
		}
		return this.law;
	}

	public EthicsStep getEthics() {
		if (this.ethics == null) {
			this.ethics = new EthicsStep();
		}
		return this.ethics;
	}

	public ActionStep getAction() {
		if (this.action == null) {
			this.action = new ActionStep();
		}
		return this.action;
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
