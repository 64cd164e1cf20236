package nl.omgekeerdetoets.cases;

import java.util.Set;

import nl.omgekeerdetoets.teams.SignedInUser;

import org.springframework.boot.test.context.TestComponent;

/**
 * Cases for tests, made through the app's own service: an open draft, or one with every
 * step complete.
 */
@TestComponent
public class CaseFixtures {

	private final CaseService cases;

	private final DemoCases demoCases;

	CaseFixtures(CaseService cases, DemoCases demoCases) {
		this.cases = cases;
		this.demoCases = demoCases;
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

	/** A complete case, submitted for review. */
	CaseFile inReview(SignedInUser consultant) {
		CaseFile caseFile = complete(consultant);
		this.cases.submit(caseFile.getId(), consultant, caseFile.getVersion());
		return this.cases.read(caseFile.getId(), consultant);
	}

}
