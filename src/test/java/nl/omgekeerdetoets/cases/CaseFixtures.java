package nl.omgekeerdetoets.cases;

import java.time.LocalDate;
import java.util.Set;

import nl.omgekeerdetoets.library.LawLibrary;
import nl.omgekeerdetoets.teams.SignedInUser;

import org.springframework.boot.test.context.TestComponent;

/**
 * Cases for tests, made through the app's own service: an open draft, or one with every
 * step complete.
 */
@TestComponent
class CaseFixtures {

	private final CaseService cases;

	private final LawLibrary library;

	CaseFixtures(CaseService cases, LawLibrary library) {
		this.cases = cases;
		this.library = library;
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
		CaseFile caseFile = draft(consultant);
		long id = caseFile.getId();

		EffectStepForm effect = new EffectStepForm();
		effect.getEffects()
			.add(new EffectStepForm.EffectRow("Zelf boodschappen doen", "Gaat twee keer per week naar de markt"));
		effect.setOwnStrength("Dochter woont om de hoek");
		effect.setVersion(this.cases.read(id, consultant).getVersion());
		this.cases.saveStep(id, consultant, effect);

		LawStepForm law = new LawStepForm();
		Long goalId = this.library.activeLawsWithGoals().get(0).getActiveGoals().get(0).getId();
		law.getGoalIds().add(goalId);
		law.lawOfGoal(java.util.Map.of(goalId, this.library.goalsByIds(Set.of(goalId)).get(0).getLaw().getId()));
		law.setWithinGoals(Choices.WithinGoals.YES);
		law.setStandardOutcome("Een scootmobiel");
		law.setStandardChangesAnything("Nee, zij durft niet alleen op straat");
		law.setVersion(this.cases.read(id, consultant).getVersion());
		this.cases.saveStep(id, consultant, law);

		EthicsStepForm ethics = new EthicsStepForm();
		ethics.setRealNeed("Zekerheid op straat");
		ethics.setObservations("Loopt onzeker met rollator");
		ethics.getValuesAtStake().add(Choices.Value.AUTONOMY);
		ethics.setEffectsShortTerm("Weer buiten");
		ethics.setEffectsLongTerm("Minder eenzaam");
		ethics.setImpartial(true);
		ethics.setVersion(this.cases.read(id, consultant).getVersion());
		this.cases.saveStep(id, consultant, ethics);

		ActionStepForm action = new ActionStepForm();
		action.setSolution("Maatje via de buurtvereniging en fysiotherapie");
		action.setSolutionKind(Choices.SolutionKind.SUSTAINABLE);
		action.setSolutionKindReason("Bouwt zelfvertrouwen op");
		action.getActions()
			.add(new ActionStepForm.ActionRow("Maatje zoeken", "Buurtvereniging", LocalDate.now().plusWeeks(2)));
		action.setProcessCoordinationNeeded(false);
		action.setLegalGround("Wmo 2015 art. 2.3.5");
		action.setProportionalitySuitable("Ja");
		action.setProportionalityNecessary("Ja");
		action.setProportionalityBalanced("Ja");
		action.setEvaluationDate(LocalDate.now().plusMonths(6));
		action.setVersion(this.cases.read(id, consultant).getVersion());
		return this.cases.saveStep(id, consultant, action);
	}

}
