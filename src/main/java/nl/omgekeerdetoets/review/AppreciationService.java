package nl.omgekeerdetoets.review;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.omgekeerdetoets.audit.AuditLog;
import nl.omgekeerdetoets.cases.CaseSummary;
import nl.omgekeerdetoets.cases.CaseService;
import nl.omgekeerdetoets.cases.LawDomain;
import nl.omgekeerdetoets.cases.Step;
import nl.omgekeerdetoets.shared.FieldProblem;
import nl.omgekeerdetoets.shared.PersonalData;
import nl.omgekeerdetoets.shared.StaleVersionException;
import nl.omgekeerdetoets.teams.AccountService;
import nl.omgekeerdetoets.teams.SignedInUser;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appreciation: specific compliments from a lead to a consultant, and exemplary cases
 * shared across the organisation.
 */
@Service
@Transactional
public class AppreciationService {

	private final ReviewService reviews;

	private final CaseService cases;

	private final ComplimentRepository compliments;

	private final ExemplaryCaseRepository exemplary;

	private final NotificationService notifications;

	private final AuditLog auditLog;

	private final AccountService accounts;

	private final Clock clock;

	AppreciationService(ReviewService reviews, CaseService cases, ComplimentRepository compliments,
			ExemplaryCaseRepository exemplary, NotificationService notifications, AuditLog auditLog,
			AccountService accounts, Clock clock) {
		this.accounts = accounts;
		this.reviews = reviews;
		this.cases = cases;
		this.compliments = compliments;
		this.exemplary = exemplary;
		this.notifications = notifications;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	void compliment(long caseId, SignedInUser lead, Step step, String text, boolean shareWithTeam) {
		CaseSummary caseFile = this.reviews.reviewable(caseId, lead);
		if (step == null) {
			throw new FieldProblem("step", "compliment.step.required");
		}
		if (ComplimentRules.isStockPhrase(text)) {
			throw new FieldProblem("text", "compliment.stock");
		}
		this.compliments.save(new Compliment(caseId, caseFile.teamId(), caseFile.ownerId(), lead.id(), step, text,
				shareWithTeam, this.clock.instant()));
		this.notifications.notify(caseFile.ownerId(), caseId, caseFile.reference(), Notification.Kind.PRAISED);
		this.auditLog.record("COMPLIMENT_GIVEN", "CASE", caseId, caseFile.reference(),
				"step=" + step.slug() + "; shared=" + shareWithTeam);
	}

	/**
	 * Per consultant, how many compliments they were given in these teams in a period,
	 * for a lead's overview: counts only, never the texts.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Long> complimentCounts(Collection<Long> teamIds, Instant from, Instant to) {
		if (teamIds.isEmpty()) {
			return Map.of();
		}
		return this.compliments.countPerConsultant(teamIds, from, to)
			.stream()
			.collect(java.util.stream.Collectors.toMap((row) -> (Long) row[0], (row) -> (Long) row[1]));
	}

	/** The latest compliments this consultant received, for their start page. */
	@Transactional(readOnly = true)
	public List<ReceivedCompliment> receivedBy(long consultantId) {
		List<Compliment> received = this.compliments.findTop10ByConsultantIdOrderByCreatedAtDesc(consultantId);
		Map<Long, String> leadNames = this.accounts
			.displayNames(received.stream().map(Compliment::getLeadId).collect(Collectors.toSet()));
		return received.stream()
			.map((c) -> new ReceivedCompliment(c.getCaseId(), c.getStep(), c.getText(), leadNames.get(c.getLeadId()),
					c.getCreatedAt()))
			.toList();
	}

	@Transactional(readOnly = true)
	List<Compliment> about(long caseId) {
		return this.compliments.findByCaseIdOrderByCreatedAtAsc(caseId);
	}

	/** Compliments the leads shared with these teams ("in het zonnetje"). */
	@Transactional(readOnly = true)
	Page<Compliment> sharedWith(Collection<Long> teamIds, Pageable pageable) {
		return teamIds.isEmpty() ? Page.empty(pageable)
				: this.compliments.findBySharedWithTeamTrueAndTeamIdInOrderByCreatedAtDesc(teamIds, pageable);
	}

	@Transactional(readOnly = true)
	Exemplary exemplaryForm(long caseId, SignedInUser lead) {
		CaseSummary caseFile = requireApproved(caseId, lead);
		return new Exemplary(caseFile,
				this.exemplary.findByCaseId(caseId).map(ExemplaryForm::from).orElseGet(ExemplaryForm::startFresh));
	}

	/**
	 * Marks an approved case exemplary with what colleagues may read. The summary and
	 * reasoning are checked for personal data first; what is found is returned, and
	 * nothing is shared until it is gone.
	 */
	List<PersonalData.Finding> markExemplary(long caseId, SignedInUser lead, ExemplaryForm form) {
		CaseSummary caseFile = requireApproved(caseId, lead);
		List<PersonalData.Finding> findings = new java.util.ArrayList<>();
		findings.addAll(PersonalData.findIn(form.getTitle(), caseFile.resident()));
		findings.addAll(PersonalData.findIn(form.getSummary(), caseFile.resident()));
		findings.addAll(PersonalData.findIn(form.getReasoning(), caseFile.resident()));
		if (!findings.isEmpty()) {
			return findings;
		}
		ExemplaryCase entry = this.exemplary.findByCaseId(caseId).orElse(null);
		if (entry == null) {
			entry = new ExemplaryCase(caseId, lead.id(), this.clock.instant());
		}
		else {
			StaleVersionException.check(form.getVersion(), entry.getVersion());
		}
		entry.describe(form.isForTraining(), form.isShareOrganisation(), form.isProposeCasebook(), form.getTitle(),
				form.getSummary(), form.getReasoning(),
				caseFile.domains().stream().map(LawDomain::name).collect(Collectors.joining(",")),
				form.getSteps().stream().map(Step::name).collect(Collectors.joining(",")));
		this.exemplary.save(entry);
		this.auditLog.record("CASE_MARKED_EXEMPLARY", "CASE", caseId, caseFile.reference(), null);
		return List.of();
	}

	@Transactional(readOnly = true)
	Page<ExemplaryCase> library(LawDomain domain, Step step, String keyword, Pageable pageable) {
		return this.exemplary.search((domain != null) ? domain.name() : "", (step != null) ? step.name() : "",
				(keyword != null) ? keyword : "", pageable);
	}

	private CaseSummary requireApproved(long caseId, SignedInUser lead) {
		CaseSummary caseFile = this.reviews.reviewable(caseId, lead);
		if (!caseFile.isApproved()) {
			throw new FieldProblem("summary", "exemplary.notApproved");
		}
		return caseFile;
	}

	/**
	 * The form to mark a case exemplary, and the case it is for: the page shows both, and
	 * reads the case once.
	 */
	record Exemplary(CaseSummary caseFile, ExemplaryForm form) {

	}

}
