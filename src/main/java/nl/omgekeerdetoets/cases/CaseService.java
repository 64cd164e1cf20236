package nl.omgekeerdetoets.cases;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.omgekeerdetoets.audit.AuditEvent;
import nl.omgekeerdetoets.audit.AuditLog;
import nl.omgekeerdetoets.shared.FieldProblem;
import nl.omgekeerdetoets.shared.RecordNotFoundException;
import nl.omgekeerdetoets.shared.StaleVersionException;
import nl.omgekeerdetoets.teams.Role;
import nl.omgekeerdetoets.teams.SignedInUser;
import nl.omgekeerdetoets.teams.Team;
import org.hibernate.Hibernate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening, reading, editing and moving cases on. Every read by someone other than the
 * owner and every change is recorded in the audit log, by reference only: the log never
 * holds case text.
 */
@Service
@Transactional
public class CaseService {

	public static final String AUDIT_SUBJECT = "CASE";

	private final CaseFileRepository cases;

	private final CaseAccess access;

	private final CaseNumbers numbers;

	private final AuditLog auditLog;

	private final StepGaps gaps;

	private final Clock clock;

	CaseService(CaseFileRepository cases, CaseAccess access, CaseNumbers numbers, StepGaps gaps, AuditLog auditLog,
			Clock clock) {
		this.gaps = gaps;
		this.cases = cases;
		this.access = access;
		this.numbers = numbers;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	CaseFile open(SignedInUser user, CaseIntakeForm form) {
		if (!user.is(Role.CONSULTANT)) {
			throw new AccessDeniedException("Only consultants open cases");
		}
		List<Team> teams = this.access.teamsOf(user).stream().filter((team) -> !team.isArchived()).toList();
		if (teams.size() != 1) {
			throw new FieldProblem("title", "case.team.missing");
		}
		CaseFile caseFile = new CaseFile(this.numbers.next(), teams.get(0).getId(), user.id(), this.clock.instant());
		caseFile.describe(form.getTitle().strip(), form.getResident().strip(), form.getQuestionAsAsked().strip(),
				form.getDomains());
		this.cases.save(caseFile);
		this.auditLog.record("CASE_OPENED", AUDIT_SUBJECT, caseFile.getId(), caseFile.getReference(), null);
		return caseFile;
	}

	/**
	 * The case with everything the case page shows. Someone who may not see it gets a
	 * 404, as if it did not exist; the attempt is recorded.
	 */
	public CaseFile read(long id, SignedInUser user) {
		CaseFile caseFile = this.cases.findById(id).orElseThrow(() -> new RecordNotFoundException("Case", id));
		if (!this.access.canRead(user, caseFile)) {
			throw new CaseAccessRefusedException(id, user.role().name());
		}
		if (user.id() != caseFile.getOwnerId()) {
			this.auditLog.record("CASE_READ", AUDIT_SUBJECT, id, caseFile.getReference(), "role=" + user.role());
		}
		initialize(caseFile);
		return caseFile;
	}

	/** The case for its owner to edit; a case in review or later is read-only. */
	CaseFile editable(long id, SignedInUser user) {
		CaseFile caseFile = read(id, user);
		if (!this.access.canEdit(user, caseFile)) {
			throw new AccessDeniedException("Case " + id + " is not editable by " + user.getUsername());
		}
		return caseFile;
	}

	boolean canEdit(SignedInUser user, CaseFile caseFile) {
		return this.access.canEdit(user, caseFile);
	}

	CaseFile saveStep(long id, SignedInUser user, StepForm form) {
		CaseFile caseFile = editable(id, user);
		StaleVersionException.check(form.getVersion(), caseFile.getVersion());
		form.applyTo(caseFile);
		caseFile.touched(this.clock.instant(), this.gaps.currentStep(caseFile));
		flushOrConflict(caseFile);
		this.auditLog.record("CASE_STEP_SAVED", AUDIT_SUBJECT, id, caseFile.getReference(),
				"step=" + form.step().slug());
		return caseFile;
	}

	/**
	 * Submits the case for review, or returns what is still missing (and changes
	 * nothing).
	 */
	List<Gap> submit(long id, SignedInUser user, long version) {
		CaseFile caseFile = editable(id, user);
		StaleVersionException.check(version, caseFile.getVersion());
		List<Gap> gaps = this.gaps.of(caseFile);
		if (gaps.isEmpty()) {
			caseFile.submitted(this.clock.instant());
			this.auditLog.record("CASE_SUBMITTED", AUDIT_SUBJECT, id, caseFile.getReference(), null);
		}
		return gaps;
	}

	CaseFile evaluate(long id, SignedInUser user, EvaluationForm form) {
		CaseFile caseFile = read(id, user);
		if (user.id() != caseFile.getOwnerId()
				|| (caseFile.getStatus() != CaseStatus.APPROVED && caseFile.getStatus() != CaseStatus.EVALUATED)) {
			throw new AccessDeniedException("Only the owner evaluates an approved case");
		}
		StaleVersionException.check(form.getVersion(), caseFile.getVersion());
		List<DesiredEffect> effects = caseFile.getEffect().getEffects();
		for (int i = 0; i < effects.size() && i < form.getOutcomes().size(); i++) {
			EvaluationForm.OutcomeRow row = form.getOutcomes().get(i);
			effects.get(i).recordOutcome(row.getOutcome(), StepForm.clean(row.getNote()));
		}
		caseFile.evaluated(this.clock.instant());
		flushOrConflict(caseFile);
		this.auditLog.record("CASE_EVALUATED", AUDIT_SUBJECT, id, caseFile.getReference(), null);
		return caseFile;
	}

	/**
	 * Approves a case in review. For the review capability, which checks that the
	 * reviewer may review it.
	 */
	public void approve(long id, long reviewerId) {
		CaseFile caseFile = this.cases.findById(id).orElseThrow(() -> new RecordNotFoundException("Case", id));
		requireNotOwner(caseFile, reviewerId);
		caseFile.approved(this.clock.instant());
		this.auditLog.record("CASE_APPROVED", AUDIT_SUBJECT, id, caseFile.getReference(), null);
	}

	/**
	 * Sends a case in review back to its consultant. For the review capability.
	 */
	public void requestChanges(long id, long reviewerId) {
		CaseFile caseFile = this.cases.findById(id).orElseThrow(() -> new RecordNotFoundException("Case", id));
		requireNotOwner(caseFile, reviewerId);
		caseFile.changesRequested(this.clock.instant());
		this.auditLog.record("CASE_CHANGES_REQUESTED", AUDIT_SUBJECT, id, caseFile.getReference(), null);
	}

	/**
	 * The cases waiting for review in these teams, oldest submission first. For the
	 * review capability, which decides whose teams these are.
	 */
	@Transactional(readOnly = true)
	public Page<CaseFile> awaitingReview(Collection<Long> teamIds, Pageable pageable) {
		if (teamIds.isEmpty()) {
			return Page.empty(pageable);
		}
		Page<CaseFile> waiting = this.cases.findByStatusAndTeamIdInOrderBySubmittedAtAscIdAsc(CaseStatus.IN_REVIEW,
				teamIds, pageable);
		waiting.forEach((c) -> Hibernate.initialize(c.getDomains()));
		return waiting;
	}

	/** The references of these cases, by id, in one query. */
	@Transactional(readOnly = true)
	public Map<Long, String> references(Collection<Long> ids) {
		return ids.isEmpty() ? Map.of()
				: this.cases.findAllById(ids)
					.stream()
					.collect(Collectors.toMap(CaseFile::getId, CaseFile::getReference));
	}

	@Transactional(readOnly = true)
	public long countAwaitingReview(Collection<Long> teamIds) {
		return teamIds.isEmpty() ? 0 : this.cases.countByStatusAndTeamIdIn(CaseStatus.IN_REVIEW, teamIds);
	}

	/**
	 * Whether this person ever changed the case: maker is not checker, also for someone
	 * who edited it once.
	 */
	@Transactional(readOnly = true)
	public boolean hasWorkedOn(long caseId, SignedInUser user) {
		CaseFile caseFile = this.cases.findById(caseId).orElseThrow(() -> new RecordNotFoundException("Case", caseId));
		return caseFile.getOwnerId() == user.id()
				|| this.auditLog.hasActed(AUDIT_SUBJECT, caseId, user.getUsername(), "CASE_STEP_SAVED");
	}

	@Transactional(readOnly = true)
	Page<AuditEvent> history(long id) {
		return this.auditLog.historyOf(AUDIT_SUBJECT, id, PageRequest.of(0, 100));
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

	private static void requireNotOwner(CaseFile caseFile, long reviewerId) {
		// Maker is not checker: nobody decides on their own case.
		if (caseFile.getOwnerId() == reviewerId) {
			throw new AccessDeniedException("Nobody reviews their own case");
		}
	}

	/**
	 * Loads the step collections inside the transaction: pages render after it, with
	 * open-in-view off.
	 */
	private static void initialize(CaseFile caseFile) {
		Hibernate.initialize(caseFile.getDomains());
		Hibernate.initialize(caseFile.getEffect().getEffects());
		Hibernate.initialize(caseFile.getLaw().getLawIds());
		Hibernate.initialize(caseFile.getLaw().getGoalIds());
		Hibernate.initialize(caseFile.getEthics().getValuesAtStake());
		Hibernate.initialize(caseFile.getAction().getActions());
		Hibernate.initialize(caseFile.getAction().getCosts());
	}

}
