package nl.omgekeerdetoets.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import nl.omgekeerdetoets.teams.SignedInUser;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cases for tests, made through the app's own service: an open draft, or one with every
 * step complete.
 */
@TestComponent
public class CaseFixtures {

	private final CaseService cases;

	private final DemoCases demoCases;

	private final CaseFileRepository repository;

	private final TransactionTemplate transaction;

	private final Clock clock;

	CaseFixtures(CaseService cases, DemoCases demoCases, CaseFileRepository repository, TransactionTemplate transaction,
			Clock clock) {
		this.cases = cases;
		this.demoCases = demoCases;
		this.repository = repository;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * A case the lead approved almost six months ago: its 6-month follow-up is due in a
	 * few days.
	 */
	public CaseSummary followUpDue(SignedInUser consultant, SignedInUser lead) {
		return CaseSummary.of(approvedOn(consultant, lead, LocalDate.now(this.clock).minusMonths(6).plusDays(5)));
	}

	/**
	 * A case the lead approved seven months ago whose 6-month follow-up is recorded: the
	 * 12-month one is open.
	 */
	public CaseSummary followedUpAfterSixMonths(SignedInUser consultant, SignedInUser lead) {
		CaseFile caseFile = approvedOn(consultant, lead, LocalDate.now(this.clock).minusMonths(7));
		FollowUpForm form = FollowUpForm.from(caseFile, caseFile.followUp(6));
		form.getOutcomes().forEach((row) -> {
			row.setOutcome(Choices.Outcome.PARTLY);
			row.setNote("Markt lukt, supermarkt nog niet");
		});
		this.cases.recordFollowUp(caseFile.getId(), 6, consultant, form);
		return CaseSummary.of(this.cases.read(caseFile.getId(), consultant));
	}

	/**
	 * Complete, submitted and approved, as if on that day: the follow-ups move with it.
	 */
	CaseFile approvedOn(SignedInUser consultant, SignedInUser lead, LocalDate day) {
		return approvedOn(consultant, lead, day, "Boodschappen na heupoperatie");
	}

	private CaseFile approvedOn(SignedInUser consultant, SignedInUser lead, LocalDate day, String title) {
		CaseFile inReview = this.demoCases.complete(consultant, title, "mevr. J.");
		this.cases.submit(inReview.getId(), consultant, inReview.getVersion());
		this.cases.approve(inReview.getId(), lead);
		this.transaction.executeWithoutResult((status) -> this.repository.findById(inReview.getId())
			.orElseThrow()
			.backdateApproval(day.atStartOfDay(this.clock.getZone()).toInstant(), day));
		return this.cases.read(inReview.getId(), consultant);
	}

	CaseFile draft(SignedInUser consultant) {
		CaseIntakeForm intake = new CaseIntakeForm();
		intake.setTitle("Boodschappen na heupoperatie");
		intake.setResident("mevr. J.");
		intake.setDomains(Set.of(LawDomain.WMO));
		intake.setQuestionAsAsked("Ik wil een scootmobiel.");
		return this.cases.open(consultant, intake);
	}

	CaseFile complete(SignedInUser consultant) {
		return this.demoCases.complete(consultant, "Boodschappen na heupoperatie", "mevr. J.");
	}

	/**
	 * A complete case with this title, approved a month ago, as other modules see it: an
	 * earlier case for the similarity list of a case with the same title.
	 */
	public CaseSummary approved(SignedInUser consultant, SignedInUser lead, String title) {
		return CaseSummary.of(approvedOn(consultant, lead, LocalDate.now(this.clock).minusMonths(1), title));
	}

	/** A complete case with this title, still a draft, as other modules see it. */
	public CaseSummary completed(SignedInUser consultant, String title) {
		return CaseSummary.of(this.demoCases.complete(consultant, title, "mevr. K."));
	}

	/** A draft, just opened, as other modules see it. */
	public CaseSummary opened(SignedInUser consultant) {
		return CaseSummary.of(draft(consultant));
	}

	/** A complete case, submitted for review, as other modules see it. */
	public CaseSummary submitted(SignedInUser consultant) {
		return CaseSummary.of(inReview(consultant));
	}

	/**
	 * The case, sent back to its consultant, submitted again with other observations in
	 * step 3 (and a word of them deleted), as other modules see it.
	 */
	public CaseSummary resubmittedWithOtherObservations(long caseId, SignedInUser consultant) {
		EthicsStepForm ethics = StepForm.filled(new EthicsStepForm(), this.cases.read(caseId, consultant));
		ethics.setObservations(ethics.getObservations().replace("niet meer", "alleen met haar dochter"));
		CaseFile changed = this.cases.saveStep(caseId, consultant, ethics);
		this.cases.submit(caseId, consultant, changed.getVersion());
		return CaseSummary.of(this.cases.read(caseId, consultant));
	}

	/**
	 * A complete case refused, the call not recorded yet: step 4 asks for it. A school
	 * takes part and owns an action.
	 */
	public CaseSummary refusedBeforeTheCall(SignedInUser consultant) {
		CaseFile caseFile = complete(consultant);
		ActionStepForm action = StepForm.filled(new ActionStepForm(), caseFile);
		action.setDecisionKind(Choices.DecisionKind.REFUSED);
		action.getParties()
			.add(new ActionStepForm.PartyRow(Choices.PartyKind.SCHOOL, "De Regenboog", "A. Jansen, intern begeleider",
					null));
		action.getActions().get(0).setParty(0);
		return CaseSummary.of(this.cases.saveStep(caseFile.getId(), consultant, action));
	}

	/**
	 * A complete case refused after calling the resident, with a housing corporation that
	 * owns an action, submitted for review.
	 */
	public CaseSummary refusedAfterACall(SignedInUser consultant) {
		CaseFile caseFile = complete(consultant);
		ActionStepForm action = StepForm.filled(new ActionStepForm(), caseFile);
		action.setDecisionKind(Choices.DecisionKind.REFUSED);
		action.setDecisionDate(LocalDate.now(this.clock).plusDays(3));
		action.setCalled(true);
		action.setCallDate(LocalDate.now(this.clock).minusDays(1));
		action.setCallWith("Mevrouw J. en haar dochter");
		action.setCallAgreed("De dochter gaat de eerste twee ritten mee met de buurtbus");
		action.getParties()
			.add(new ActionStepForm.PartyRow(Choices.PartyKind.HOUSING_CORPORATION, "Woonstichting De Linde",
					"M. de Boer, wijkconsulent", "Past de drempel bij de voordeur aan"));
		action.getActions().get(0).setParty(0);
		CaseFile saved = this.cases.saveStep(caseFile.getId(), consultant, action);
		this.cases.submit(saved.getId(), consultant, saved.getVersion());
		return CaseSummary.of(this.cases.read(saved.getId(), consultant));
	}

	/** A complete case, submitted for review. */
	CaseFile inReview(SignedInUser consultant) {
		CaseFile caseFile = complete(consultant);
		this.cases.submit(caseFile.getId(), consultant, caseFile.getVersion());
		return this.cases.read(caseFile.getId(), consultant);
	}

}
