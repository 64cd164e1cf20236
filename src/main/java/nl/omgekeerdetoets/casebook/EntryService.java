package nl.omgekeerdetoets.casebook;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.omgekeerdetoets.audit.AuditLog;
import nl.omgekeerdetoets.cases.CasePolicy;
import nl.omgekeerdetoets.cases.CaseService;
import nl.omgekeerdetoets.cases.CaseSummary;
import nl.omgekeerdetoets.review.CasebookProposal;
import nl.omgekeerdetoets.review.CasebookProposals;
import nl.omgekeerdetoets.shared.PersonalData;
import nl.omgekeerdetoets.shared.RecordNotFoundException;
import nl.omgekeerdetoets.shared.StaleVersionException;
import nl.omgekeerdetoets.teams.Role;
import nl.omgekeerdetoets.teams.SignedInUser;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Casebook entries: a lead writes one for an approved case of a team they lead, once a
 * lead proposed that case for the casebook. The text leaves the team, so nothing is saved
 * while the personal-data check finds something in any field.
 */
@Service
@Transactional
class EntryService {

	static final String AUDIT_SUBJECT = "CASEBOOK_ENTRY";

	private final CaseService cases;

	private final CasePolicy policy;

	private final CasebookProposals proposals;

	private final CasebookEntryRepository entries;

	private final CaseRecords caseRecords;

	private final AuditLog auditLog;

	private final Clock clock;

	EntryService(CaseService cases, CasePolicy policy, CasebookProposals proposals, CasebookEntryRepository entries,
			CaseRecords caseRecords, AuditLog auditLog, Clock clock) {
		this.cases = cases;
		this.policy = policy;
		this.proposals = proposals;
		this.entries = entries;
		this.caseRecords = caseRecords;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/**
	 * The case, its proposal and its entry (if written), for a lead of its team; anyone
	 * else gets a 404 (the case's existence is not their business) or a 403.
	 */
	// Not read-only: a lead's read of the case is recorded in the audit log.
	Writing writing(long caseId, SignedInUser lead) {
		CasePolicy.require(lead.is(Role.TEAM_LEAD), "Only leads write casebook entries");
		CaseSummary caseFile = this.cases.summary(caseId, lead);
		CasePolicy.require(this.policy.ledTeamIds(lead).contains(caseFile.teamId()),
				"A lead writes entries for the teams they lead");
		CasebookProposal proposal = this.proposals.forCase(caseId)
			.filter((p) -> caseFile.isApproved())
			.orElseThrow(() -> new RecordNotFoundException("Casebook proposal", caseId));
		CasebookEntry entry = this.entries.findByCaseId(caseId).orElse(null);
		CaseRecords.Figures figures = this.caseRecords.of(List.of(caseId)).get(caseId);
		return new Writing(caseFile, proposal, entry, figures);
	}

	/**
	 * Saves the entry, or answers per field what the personal-data check found (and saves
	 * nothing).
	 */
	Map<String, List<PersonalData.Finding>> save(long caseId, SignedInUser lead, EntryForm form) {
		Writing writing = writing(caseId, lead);
		Map<String, List<PersonalData.Finding>> findings = new LinkedHashMap<>();
		form.texts().forEach((field, text) -> {
			List<PersonalData.Finding> found = PersonalData.findIn(text, writing.caseFile().resident());
			if (!found.isEmpty()) {
				findings.put(field, found);
			}
		});
		if (!findings.isEmpty()) {
			return findings;
		}
		CasebookEntry entry = writing.entry();
		if (entry == null) {
			entry = new CasebookEntry(caseId, writing.caseFile().teamId(), lead.id(), this.clock.instant());
		}
		else {
			// A form begun before anyone wrote the entry (NEW) never overwrites one
			// written
			// since: that is a concurrent edit like any other.
			StaleVersionException.check(form.getVersion(), entry.getVersion());
		}
		entry.write(form, lead.id(), this.clock.instant());
		try {
			this.entries.saveAndFlush(entry);
		}
		catch (ObjectOptimisticLockingFailureException lostRace) {
			throw new StaleVersionException(entry.getVersion() + 1);
		}
		catch (org.springframework.dao.DataIntegrityViolationException lostFirstRace) {
			// Two leads wrote the first entry of a case at once (one entry per case): the
			// later one is told, as for any concurrent edit, and keeps what they typed.
			throw new StaleVersionException(0);
		}
		// By reference only: the log holds no case text.
		this.auditLog.record("CASEBOOK_ENTRY_WRITTEN", AUDIT_SUBJECT, entry.getId(), writing.caseFile().reference(),
				null);
		return Map.of();
	}

	/** The proposals of the teams this lead leads, with their entries where written. */
	@Transactional(readOnly = true)
	Page<Proposal> proposalsFor(SignedInUser lead, Pageable pageable) {
		Page<CasebookProposal> page = this.proposals.inTeams(this.policy.ledTeamIds(lead), pageable);
		Collection<Long> caseIds = page.map(CasebookProposal::caseId).getContent();
		Map<Long, CasebookEntry> written = caseIds.isEmpty() ? Map.of()
				: this.entries.findByCaseIdIn(caseIds)
					.stream()
					.collect(Collectors.toMap(CasebookEntry::getCaseId, Function.identity()));
		return page.map((p) -> new Proposal(p, written.get(p.caseId())));
	}

	/**
	 * What the entry page shows.
	 *
	 * @param caseFile the case, as other modules see it
	 * @param proposal the lead's proposal
	 * @param entry the entry, or null while not written
	 * @param figures the case's costs and effects
	 */
	record Writing(CaseSummary caseFile, CasebookProposal proposal, CasebookEntry entry, CaseRecords.Figures figures) {

	}

	/**
	 * A proposal in the lead's list.
	 *
	 * @param proposal the proposal
	 * @param entry its entry, or null while not written
	 */
	public record Proposal(CasebookProposal proposal, CasebookEntry entry) {

	}

}
