package nl.omgekeerdetoets.cases;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;

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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.DynamicUpdate;

/**
 * A resident's case, walked through the four steps of the Omgekeerde Toets. The resident
 * is known only by a pseudonym or initials. Owner and team are kept as ids: they belong
 * to the teams module.
 * <p>
 * A change writes only the columns that changed ({@link DynamicUpdate}): an autosave of
 * one answer sends that answer, the time and the version, not the whole wide row, and the
 * triggers on team, owner and status columns are not even looked at.
 */
@Entity
@Table(name = "case_file")
@DynamicUpdate
class CaseFile {

	/** The follow-ups after approval, in months, in order. */
	static final int[] FOLLOW_UP_MONTHS = { 6, 12 };

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

	/** When the last follow-up was recorded. */
	private Instant evaluatedAt;

	/** When the lead approved: the follow-ups are due 6 and 12 months later. */
	private Instant approvedAt;

	/** When the case was withdrawn before a decision, and why. */
	private Instant withdrawnAt;

	@Enumerated(EnumType.STRING)
	private Choices.WithdrawalReason withdrawalReason;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "case_id", nullable = false)
	@OrderBy("months")
	private List<FollowUp> followUps = new ArrayList<>();

	/**
	 * The next follow-up to record and its date, kept on the case's row for the lists
	 * (see {@link #refreshNextFollowUp()}).
	 */
	private Integer followUpMonths;

	private LocalDate followUpDue;

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

	/**
	 * Approved now, on this day in the municipality's zone: both follow-ups are
	 * scheduled, 6 and 12 months later.
	 */
	void approved(Instant now, LocalDate today) {
		requireStatus(CaseStatus.IN_REVIEW);
		this.status = CaseStatus.APPROVED;
		this.updatedAt = now;
		this.approvedAt = now;
		for (int months : FOLLOW_UP_MONTHS) {
			this.followUps.add(new FollowUp(months, today.plusMonths(months)));
		}
		refreshNextFollowUp();
	}

	/** Withdrawn before a decision: closed, read-only, kept for its retention rule. */
	void withdrawn(Instant now, Choices.WithdrawalReason reason) {
		requireStatus(CaseStatus.WITHDRAWABLE.toArray(CaseStatus[]::new));
		this.status = CaseStatus.WITHDRAWN;
		this.withdrawnAt = now;
		this.withdrawalReason = reason;
		this.updatedAt = now;
	}

	void changesRequested(Instant now) {
		requireStatus(CaseStatus.IN_REVIEW);
		this.status = CaseStatus.CHANGES_REQUESTED;
		this.updatedAt = now;
	}

	/**
	 * Records (or corrects) the follow-up after this many months; the case counts as
	 * evaluated from its first follow-up on.
	 * @throws IllegalCaseTransitionException when the case is not approved or this
	 * follow-up is not open yet (see {@link FollowUp})
	 */
	void recordFollowUp(int months, List<FollowUpResult> results, String earlyReason, long recordedBy, Instant now,
			LocalDate today) {
		requireStatus(CaseStatus.APPROVED, CaseStatus.EVALUATED);
		if (!isFollowUpOpen(months, today)) {
			throw new IllegalCaseTransitionException("The " + months + "-month follow-up is not open yet");
		}
		followUp(months).record(results, earlyReason, recordedBy, now);
		this.status = CaseStatus.EVALUATED;
		this.evaluatedAt = now;
		this.updatedAt = now;
		refreshNextFollowUp();
	}

	/**
	 * Moves the approval (and the follow-ups' dates) to another moment: for demo data
	 * that shows follow-ups due and recorded, never for a user. The opening and the
	 * submission move back with it when they were later (three weeks and three days
	 * before), so the lead times the overview shows stay lead times.
	 */
	void backdateApproval(Instant approvedAt, LocalDate approvedOn) {
		this.approvedAt = approvedAt;
		if (this.submittedAt != null && this.submittedAt.isAfter(approvedAt)) {
			this.submittedAt = approvedAt.minus(Duration.ofDays(3));
		}
		if (this.createdAt.isAfter(approvedAt)) {
			this.createdAt = approvedAt.minus(Duration.ofDays(21));
		}
		this.followUps.forEach((f) -> f.reschedule(approvedOn.plusMonths(f.getMonths())));
		refreshNextFollowUp();
	}

	/**
	 * The 6-month follow-up is open from approval, the 12-month one once the 6-month one
	 * is recorded or due.
	 */
	public boolean isFollowUpOpen(int months, LocalDate today) {
		FollowUp followUp = findFollowUp(months);
		if (followUp == null) {
			return false;
		}
		FollowUp previous = null;
		for (FollowUp f : this.followUps) {
			if (f.getMonths() < months) {
				previous = f;
			}
		}
		return previous == null || previous.isRecorded() || !previous.isEarly(today);
	}

	/** The follow-up after this many months, if the case has one. */
	FollowUp followUp(int months) {
		FollowUp followUp = findFollowUp(months);
		if (followUp == null) {
			throw new IllegalCaseTransitionException(
					"No " + months + "-month follow-up while the case is " + this.status);
		}
		return followUp;
	}

	private FollowUp findFollowUp(int months) {
		return this.followUps.stream().filter((f) -> f.getMonths() == months).findFirst().orElse(null);
	}

	/**
	 * The case's outcome: the latest follow-up recorded, the 12-month one over the
	 * 6-month one whatever the order of saving (a correction of the 6-month one does not
	 * make it the outcome again). Null before the first.
	 */
	public FollowUp getOutcome() {
		if (this.approvedAt == null) {
			// Never approved, so never followed up: the follow-ups need not be read.
			return null;
		}
		FollowUp latest = null;
		for (FollowUp f : this.followUps) {
			if (f.isRecorded()) {
				latest = f;
			}
		}
		return latest;
	}

	/**
	 * The first follow-up not recorded after the last recorded one: a 6-month one left
	 * out once the 12-month one is recorded is no longer asked for.
	 */
	private void refreshNextFollowUp() {
		FollowUp next = null;
		for (FollowUp f : this.followUps) {
			if (f.isRecorded()) {
				next = null;
			}
			else if (next == null) {
				next = f;
			}
		}
		this.followUpMonths = (next != null) ? next.getMonths() : null;
		this.followUpDue = (next != null) ? next.getDueOn() : null;
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

	public Instant getApprovedAt() {
		return this.approvedAt;
	}

	public Instant getWithdrawnAt() {
		return this.withdrawnAt;
	}

	public Choices.WithdrawalReason getWithdrawalReason() {
		return this.withdrawalReason;
	}

	public List<FollowUp> getFollowUps() {
		return this.followUps;
	}

	public Integer getFollowUpMonths() {
		return this.followUpMonths;
	}

	public LocalDate getFollowUpDue() {
		return this.followUpDue;
	}

	public long getVersion() {
		return this.version;
	}

}
