package nl.omgekeerdetoets.similarity;

import java.time.Clock;
import java.util.List;

import nl.omgekeerdetoets.audit.AuditLog;
import nl.omgekeerdetoets.cases.CasePolicy;
import nl.omgekeerdetoets.cases.CaseService;
import nl.omgekeerdetoets.cases.CaseSummary;
import nl.omgekeerdetoets.shared.RecordNotFoundException;
import nl.omgekeerdetoets.shared.StaleVersionException;
import nl.omgekeerdetoets.teams.SignedInUser;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consultant's notes of which earlier case they compared with. Only the case's own
 * consultant writes them, while the case is theirs to edit (as its steps); the earlier
 * case must be one the list could show them: approved or evaluated, and readable to them
 * or published as an entry.
 */
@Service
@Transactional
class Comparisons {

	static final String ACTION_SAVED = "CASE_COMPARISON_SAVED";

	static final String ACTION_REMOVED = "CASE_COMPARISON_REMOVED";

	private final CaseService cases;

	private final CasePolicy policy;

	private final SimilarCases similar;

	private final CaseComparisonRepository comparisons;

	private final JdbcClient jdbc;

	private final AuditLog auditLog;

	private final Clock clock;

	Comparisons(CaseService cases, CasePolicy policy, SimilarCases similar, CaseComparisonRepository comparisons,
			JdbcClient jdbc, AuditLog auditLog, Clock clock) {
		this.cases = cases;
		this.policy = policy;
		this.similar = similar;
		this.comparisons = comparisons;
		this.jdbc = jdbc;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/**
	 * The case at hand and the earlier case named by the target, as the list shows it,
	 * for the case's consultant; 404 for a target they cannot see, 403 for a case that is
	 * not theirs to edit.
	 */
	Comparing comparing(long caseId, String target, SignedInUser user) {
		CaseSummary caseFile = editable(caseId, user);
		long comparedCaseId = resolve(caseId, target, user);
		SimilarCase compared = this.similar.of(caseId, user, comparedCaseId)
			.stream()
			.filter((c) -> target.equals(c.target()))
			.findFirst()
			.orElseThrow(() -> new RecordNotFoundException("Similar case", target));
		return new Comparing(caseFile, compared, comparedCaseId);
	}

	/**
	 * Saves the note, new or changed.
	 * @throws StaleVersionException when the note was saved or removed meanwhile
	 */
	void save(long caseId, String target, SignedInUser user, ComparisonForm form) {
		Comparing comparing = comparing(caseId, target, user);
		CaseComparison comparison = this.comparisons.findByCaseIdAndComparedCaseId(caseId, comparing.comparedCaseId())
			.orElse(null);
		if (comparison == null) {
			if (form.getVersion() != null) {
				// Opened as a change of a note that is gone now: not silently made anew.
				throw new StaleVersionException(-1);
			}
			comparison = new CaseComparison(caseId, comparing.comparedCaseId(), user.id(), this.clock.instant());
		}
		else {
			StaleVersionException.check((form.getVersion() != null) ? form.getVersion() : -1, comparison.getVersion());
		}
		comparison.write(form.getNote(), user.id(), this.clock.instant());
		try {
			this.comparisons.saveAndFlush(comparison);
		}
		catch (DataIntegrityViolationException | OptimisticLockingFailureException meanwhile) {
			// Two first saves at once, or a save between reading the note and writing
			// it: the other one is the note now.
			throw new StaleVersionException(-1);
		}
		this.auditLog.record(ACTION_SAVED, CaseService.AUDIT_SUBJECT, caseId, comparing.caseFile().reference(),
				"comparison=" + comparison.getId());
	}

	/**
	 * Removes a note.
	 * @throws StaleVersionException when the note was changed meanwhile
	 */
	void remove(long caseId, long comparisonId, long version, SignedInUser user) {
		CaseSummary caseFile = editable(caseId, user);
		CaseComparison comparison = this.comparisons.findById(comparisonId)
			.filter((c) -> c.getCaseId() == caseId)
			.orElseThrow(() -> new RecordNotFoundException("Comparison", comparisonId));
		StaleVersionException.check(version, comparison.getVersion());
		this.comparisons.delete(comparison);
		this.comparisons.flush();
		this.auditLog.record(ACTION_REMOVED, CaseService.AUDIT_SUBJECT, caseId, caseFile.reference(),
				"comparison=" + comparisonId);
	}

	private CaseSummary editable(long caseId, SignedInUser user) {
		CaseSummary caseFile = this.cases.summary(caseId, user);
		CasePolicy.require(this.policy.mayEdit(user, caseFile), "Only the case's consultant notes comparisons");
		return caseFile;
	}

	/**
	 * The earlier case a target names, if this user may see it as the target says: a case
	 * they may read, or an entry published for the organisation. Anything else is a 404,
	 * as if it did not exist.
	 */
	private long resolve(long caseId, String target, SignedInUser user) {
		String[] parts = (target != null) ? target.split("-", 2) : new String[0];
		long id;
		try {
			id = (parts.length == 2) ? Long.parseLong(parts[1]) : -1;
		}
		catch (NumberFormatException ex) {
			id = -1;
		}
		String sql = switch ((parts.length == 2) ? parts[0] : "") {
			case "case" -> """
					select c.id from case_file c
					where c.id = :id and c.status in ('APPROVED', 'EVALUATED')
					  and (c.owner_id = :user or c.team_id = any(:teams))""";
			case "exemplary" -> """
					select e.case_id from exemplary_case e join case_file c on c.id = e.case_id
					where e.id = :id and e.share_organisation and c.status in ('APPROVED', 'EVALUATED')""";
			case "casebook" ->
				"""
						select e.case_id from casebook_entry e join case_file c on c.id = e.case_id
						where e.id = :id and c.status in ('APPROVED', 'EVALUATED')
						  and exists (select 1 from casebook_edition_entry ee join casebook_edition ed on ed.id = ee.edition_id
						    where ee.entry_id = e.id and ed.status = 'PUBLISHED')""";
			default -> null;
		};
		if (sql == null || id < 0) {
			throw new RecordNotFoundException("Similar case", target);
		}
		List<Long> found = this.jdbc.sql(sql)
			.param("id", id)
			.param("user", user.id())
			.param("teams", this.policy.readableTeamIds(user).toArray(Long[]::new))
			.query(Long.class)
			.list();
		if (found.isEmpty() || found.get(0) == caseId) {
			throw new RecordNotFoundException("Similar case", target);
		}
		return found.get(0);
	}

	/**
	 * The case at hand and the earlier case as the list shows it.
	 *
	 * @param caseFile the case at hand
	 * @param compared the earlier case, as this user may see it
	 * @param comparedCaseId the earlier case's id: never shown
	 */
	record Comparing(CaseSummary caseFile, SimilarCase compared, long comparedCaseId) {
	}

}
