package nl.omgekeerdetoets.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.omgekeerdetoets.audit.AuditLog;
import nl.omgekeerdetoets.audit.CaseReads;
import nl.omgekeerdetoets.prices.PriceList;
import nl.omgekeerdetoets.shared.FieldProblem;
import nl.omgekeerdetoets.shared.RecordNotFoundException;
import nl.omgekeerdetoets.shared.StaleVersionException;
import nl.omgekeerdetoets.teams.Role;
import nl.omgekeerdetoets.teams.SignedInUser;
import nl.omgekeerdetoets.teams.TeamSummary;
import nl.omgekeerdetoets.teams.TeamService;
import org.hibernate.Hibernate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening, reading, editing and moving cases on. Every read by someone other than the
 * owner is recorded in the audit log as it happens; every change is announced as a
 * {@link CaseEvent}, which the audit log records in the same transaction. Both by
 * reference only: the log never holds case text.
 */
@Service
@Transactional
public class CaseService {

	public static final String AUDIT_SUBJECT = "CASE";

	private final CaseFileRepository cases;

	private final CasePolicy policy;

	private final TeamService teams;

	private final CaseNumbers numbers;

	private final AuditLog auditLog;

	private final StepGaps gaps;

	private final SubmissionSnapshots snapshots;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final PriceList priceList;

	private final CaseReads caseReads;

	CaseService(CaseFileRepository cases, CasePolicy policy, TeamService teams, CaseNumbers numbers, StepGaps gaps,
			SubmissionSnapshots snapshots, AuditLog auditLog, ApplicationEventPublisher events, Clock clock,
			PriceList priceList, CaseReads caseReads) {
		this.caseReads = caseReads;
		this.priceList = priceList;
		this.events = events;
		this.gaps = gaps;
		this.snapshots = snapshots;
		this.cases = cases;
		this.policy = policy;
		this.teams = teams;
		this.numbers = numbers;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	CaseFile open(SignedInUser user, CaseIntakeForm form) {
		CasePolicy.require(this.policy.mayOpen(user), "Only consultants open cases");
		List<TeamSummary> teams = this.teams.teamsOf(user.id()).stream().filter((team) -> !team.archived()).toList();
		if (teams.size() != 1) {
			throw new FieldProblem("title", "case.team.missing");
		}
		CaseFile caseFile = new CaseFile(this.numbers.next(), teams.get(0).id(), user.id(), this.clock.instant());
		caseFile.describe(form.getTitle(), form.getResident(), form.getQuestionAsAsked(), form.getDomains());
		this.cases.save(caseFile);
		this.cases.addEditor(caseFile.getId(), user.id());
		this.events.publishEvent(new CaseOpened(caseFile.getId(), caseFile.getReference(), caseFile.getTeamId(),
				caseFile.getOwnerId(), user.getUsername(), caseFile.getCreatedAt()));
		return caseFile;
	}

	/**
	 * The case with everything the case page shows. Someone who may not see it gets a
	 * 404, as if it did not exist; the attempt is recorded.
	 */
	/** The case's date for the price list, see {@link CaseFile#pricingDay}. */
	@Transactional(readOnly = true)
	LocalDate pricingDay(CaseFile caseFile) {
		return caseFile.pricingDay(this.clock.getZone());
	}

	@Transactional(readOnly = true)
	CaseFile read(long id, SignedInUser user) {
		CaseFile caseFile = find(id, user);
		initialize(caseFile);
		return caseFile;
	}

	/**
	 * The case without its step collections, which load as they are touched: for a
	 * change, which touches only its own step's.
	 */
	private CaseFile find(long id, SignedInUser user) {
		CaseFile caseFile = this.cases.findWithDomainsById(id)
			.orElseThrow(() -> new RecordNotFoundException("Case", id));
		if (!this.policy.mayRead(user, CaseSummary.of(caseFile))) {
			throw new CaseAccessRefusedException(id, user.role().name());
		}
		if (user.id() != caseFile.getOwnerId()) {
			this.caseReads.other(id, caseFile.getReference(), "role=" + user.role() + "; page=" + ReadPages.current());
		}
		else if (ReadPages.firstInPageView(id)) {
			this.caseReads.own(id, caseFile.getReference(), user.getUsername(), LocalDate.now(this.clock),
					this.clock.instant());
		}
		return caseFile;
	}

	/**
	 * What other modules may know of a case, for someone who may read it; anyone else
	 * gets a 404. The read is recorded as {@link #read} records it.
	 */
	@Transactional(readOnly = true)
	public CaseSummary summary(long id, SignedInUser user) {
		return CaseSummary.of(read(id, user));
	}

	/**
	 * The case with this reference, as other modules see it, for someone who may read it;
	 * for anyone else there is none, as if it did not exist. Nothing is recorded: this
	 * finds a case, it does not show it.
	 */
	@Transactional(readOnly = true)
	public Optional<CaseSummary> findByReference(String reference, SignedInUser user) {
		return this.cases.findByReference(reference.strip())
			.map(CaseSummary::of)
			.filter((c) -> this.policy.mayRead(user, c));
	}

	/**
	 * Everything the case with this reference holds, as its consultant sees it, for the
	 * privacy officer's subject access report: the one reader of case content outside the
	 * case policy, by the resident's right of access (AVG art. 15). The report itself is
	 * logged by its caller.
	 */
	@Transactional(readOnly = true)
	public Optional<SubjectAccessCase> forSubjectAccess(String reference, SignedInUser officer) {
		CasePolicy.require(officer.is(Role.PRIVACY_OFFICER),
				"Only the privacy officer produces subject access reports");
		return this.cases.findByReference(reference.strip()).map((caseFile) -> {
			initialize(caseFile);
			Submission now = new Submission(0, this.snapshots.texts(caseFile));
			List<SubjectAccessCase.Section> sections = Submission.FIELDS.keySet()
				.stream()
				.sorted()
				.map((step) -> new SubjectAccessCase.Section(step,
						Submission.FIELDS.get(step)
							.stream()
							.filter((field) -> !now.text(step, field.key()).isEmpty())
							.map((field) -> new SubjectAccessCase.FieldText(field.key(), field.labelKey(),
									now.text(step, field.key())))
							.toList()))
				.toList();
			return new SubjectAccessCase(CaseSummary.of(caseFile), caseFile.getCreatedAt(), caseFile.getApprovedAt(),
					sections);
		});
	}

	/** The case for its owner to edit; a case in review or later is read-only. */
	@Transactional(readOnly = true)
	CaseFile editable(long id, SignedInUser user) {
		return mayEdit(read(id, user), user);
	}

	private CaseFile mayEdit(CaseFile caseFile, SignedInUser user) {
		CasePolicy.require(this.policy.mayEdit(user, CaseSummary.of(caseFile)),
				"Case " + caseFile.getId() + " is not editable by " + user.getUsername());
		return caseFile;
	}

	/**
	 * Saves a step (the step page and its autosave) and answers the case's new version.
	 * Reads the case and only the rows of the steps it touches: the saved step's, and
	 * those the current step needs ({@link StepGaps#currentStepAfterSaving}).
	 */
	long save(long id, SignedInUser user, StepForm form) {
		return saved(id, user, form).getVersion();
	}

	/** Saves a step and answers the case as saved, with all its steps. */
	CaseFile saveStep(long id, SignedInUser user, StepForm form) {
		CaseFile caseFile = saved(id, user, form);
		initialize(caseFile);
		return caseFile;
	}

	private CaseFile saved(long id, SignedInUser user, StepForm form) {
		CaseFile caseFile = mayEdit(find(id, user), user);
		StaleVersionException.check(form.getVersion(), caseFile.getVersion());
		LocalDate day = pricingDay(caseFile);
		List<String> unpriced = form.price(caseFile,
				(itemId) -> this.priceList.priceOn(itemId, day).map(ItemPrice::of));
		if (!unpriced.isEmpty()) {
			// Only a stale page or a crafted request can choose an item without a price
			// on
			// the case's day: the page offers none.
			throw new FieldProblem(unpriced.get(0), "cost.item.noPrice");
		}
		form.applyTo(caseFile);
		caseFile.touched(this.clock.instant(), this.gaps.currentStepAfterSaving(caseFile, form.step()));
		flushOrConflict(caseFile);
		this.cases.addEditor(id, user.id());
		this.events.publishEvent(new CaseStepSaved(id, caseFile.getReference(), form.step(), user.getUsername(),
				caseFile.getUpdatedAt()));
		return caseFile;
	}

	/**
	 * Submits the case for review, or returns what is still missing (and changes
	 * nothing). What the steps say now is kept as the case's next {@link Submission}.
	 */
	List<Gap> submit(long id, SignedInUser user, long version) {
		CaseFile caseFile = editable(id, user);
		StaleVersionException.check(version, caseFile.getVersion());
		List<Gap> gaps = this.gaps.of(caseFile);
		if (gaps.isEmpty()) {
			caseFile.submitted(this.clock.instant());
			this.snapshots.take(caseFile);
			this.events.publishEvent(new CaseSubmitted(id, caseFile.getReference(), caseFile.getTeamId(),
					caseFile.getOwnerId(), user.getUsername(), caseFile.getSubmittedAt()));
		}
		return gaps;
	}

	/**
	 * Withdraws a case that is not decided yet, for this reason: it closes, read-only,
	 * and leaves the review queue and the open work.
	 */
	CaseFile withdraw(long id, SignedInUser user, long version, Choices.WithdrawalReason reason) {
		CaseFile caseFile = read(id, user);
		CasePolicy.require(this.policy.mayWithdraw(user, CaseSummary.of(caseFile)),
				"Case " + id + " cannot be withdrawn by " + user.getUsername());
		StaleVersionException.check(version, caseFile.getVersion());
		caseFile.withdrawn(this.clock.instant(), reason);
		flushOrConflict(caseFile);
		this.events.publishEvent(new CaseWithdrawn(id, caseFile.getReference(), caseFile.getTeamId(), reason,
				user.getUsername(), caseFile.getWithdrawnAt()));
		return caseFile;
	}

	/**
	 * Records (or corrects) the follow-up after this many months. Recording it before it
	 * is due needs a reason: without one, nothing changes and the field says why.
	 */
	CaseFile recordFollowUp(long id, int months, SignedInUser user, FollowUpForm form) {
		CaseFile caseFile = evaluable(id, user);
		StaleVersionException.check(form.getVersion(), caseFile.getVersion());
		LocalDate today = LocalDate.now(this.clock);
		FollowUp followUp = caseFile.followUp(months);
		if (followUp.isEarly(today) && form.getEarlyReason() == null) {
			throw new FieldProblem("earlyReason", "followUp.earlyReason.required");
		}
		caseFile.recordFollowUp(months, form.results(), followUp.isEarly(today) ? form.getEarlyReason() : null,
				user.id(), this.clock.instant(), today);
		flushOrConflict(caseFile);
		this.events.publishEvent(
				new CaseEvaluated(id, caseFile.getReference(), months, user.getUsername(), caseFile.getEvaluatedAt()));
		return caseFile;
	}

	/** The case for its owner to record its follow-ups, once it was approved. */
	@Transactional(readOnly = true)
	CaseFile evaluable(long id, SignedInUser user) {
		CaseFile caseFile = read(id, user);
		CasePolicy.require(this.policy.mayEvaluate(user, CaseSummary.of(caseFile)),
				"Only the owner records the follow-ups of an approved case");
		return caseFile;
	}

	/**
	 * Approves a case in review. For the review capability, in the transaction that
	 * records the lead's decision.
	 */
	public void approve(long id, SignedInUser reviewer) {
		CaseFile caseFile = reviewable(id, reviewer);
		caseFile.approved(this.clock.instant(), LocalDate.now(this.clock));
		this.events.publishEvent(new CaseApproved(id, caseFile.getReference(), caseFile.getOwnerId(),
				reviewer.getUsername(), caseFile.getUpdatedAt()));
	}

	/**
	 * Sends a case in review back to its consultant. For the review capability, in the
	 * transaction that records the lead's decision.
	 */
	public void requestChanges(long id, SignedInUser reviewer) {
		CaseFile caseFile = reviewable(id, reviewer);
		caseFile.changesRequested(this.clock.instant());
		this.events.publishEvent(new ChangesRequested(id, caseFile.getReference(), caseFile.getOwnerId(),
				reviewer.getUsername(), caseFile.getUpdatedAt()));
	}

	private CaseFile reviewable(long id, SignedInUser reviewer) {
		CaseFile caseFile = this.cases.findById(id).orElseThrow(() -> new RecordNotFoundException("Case", id));
		CasePolicy.require(this.policy.mayReview(reviewer, CaseSummary.of(caseFile)),
				"Maker is not checker, and a lead reviews only the teams they lead");
		return caseFile;
	}

	/**
	 * The case's last two submissions for review, older first (none, one or two), in one
	 * query: what the review page compares. For a page that has already checked that its
	 * user may read the case.
	 */
	@Transactional(readOnly = true)
	public List<Submission> lastTwoSubmissions(long caseId) {
		return this.snapshots.lastTwo(caseId);
	}

	/**
	 * The references of these cases, by id, in one query that reads no more of them (the
	 * notifications page, the return day's agenda).
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> references(Collection<Long> ids) {
		return ids.isEmpty() ? Map.of() : this.cases.findReferencesByIdIn(ids)
			.stream()
			.collect(Collectors.toMap(CaseFileRepository.Reference::getId, CaseFileRepository.Reference::getReference));
	}

	/**
	 * Writes now, so that a save that lost a race with another save (both passed the
	 * version check) is reported as the same conflict, with the user's input kept, rather
	 * than failing at commit.
	 */
	private void flushOrConflict(CaseFile caseFile) {
		try {
			this.cases.flush();
		}
		catch (ObjectOptimisticLockingFailureException lostRace) {
			throw new StaleVersionException(caseFile.getVersion() + 1);
		}
	}

	/**
	 * Loads the step collections inside the transaction: pages render after it, with
	 * open-in-view off.
	 */
	private void initialize(CaseFile caseFile) {
		Hibernate.initialize(caseFile.getDomains());
		Hibernate.initialize(caseFile.getAction().getCosts());
		Hibernate.initialize(caseFile.getAction().getObstacles());
		Hibernate.initialize(caseFile.getAction().getParties());
		// Only an approved case has follow-ups: the pages of the others do not ask.
		if (caseFile.getApprovedAt() != null) {
			this.cases.loadFollowUps(caseFile.getId());
		}
	}

}
