package nl.omgekeerdetoets.cases;

import java.util.List;

import nl.omgekeerdetoets.library.LawLibrary;
import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.teams.Role;
import nl.omgekeerdetoets.teams.SignedInUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a step still needs before submitting comes from the step form's own "complete"
 * constraints, in the order of the page, each pointing at its input.
 */
@IntegrationTest
class StepGapsTest {

	@Autowired
	StepGaps gaps;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	CaseFixtures caseFixtures;

	@Autowired
	CaseService cases;

	@Autowired
	LawLibrary library;

	SignedInUser consultant;

	@BeforeEach
	void consultantInATeam() {
		this.consultant = this.fixtures.signedIn(this.fixtures.account(Role.CONSULTANT, this.fixtures.team()));
	}

	@Test
	void anEmptyStepListsItsGapsInTheOrderOfItsPage() {
		CaseFile draft = this.caseFixtures.draft(this.consultant);
		assertThat(this.gaps.of(draft, Step.ACTION)).extracting(Gap::field)
			.containsExactly("solution", "solutionKind", "solutionKindReason", "decisionKind", "actions0.description",
					"processCoordinationNeeded", "legalGround", "proportionalitySuitable", "proportionalityNecessary",
					"proportionalityBalanced", "evaluationDate");
		assertThat(this.gaps.of(draft)).first().isEqualTo(new Gap(Step.EFFECT, "effects0.description", "gap.effects"));
		assertThat(this.gaps.progress(draft).allComplete()).isFalse();
		assertThat(this.gaps.currentStep(draft)).isEqualTo(1);
	}

	@Test
	void rowsAndConditionalQuestionsPointAtTheirOwnInput() {
		CaseFile complete = this.caseFixtures.complete(this.consultant);
		assertThat(this.gaps.of(complete)).isEmpty();
		assertThat(this.gaps.currentStep(complete)).isEqualTo(5);

		ActionStepForm action = StepForm.filled(new ActionStepForm(), complete);
		action.setProcessCoordinationNeeded(true);
		action.getActions().add(new ActionStepForm.ActionRow("Tweede actie", null, null));
		CaseFile saved = this.cases.saveStep(complete.getId(), this.consultant, action);

		assertThat(this.gaps.of(saved)).containsExactly(new Gap(Step.ACTION, "actions1.owner", "gap.action.owner"),
				new Gap(Step.ACTION, "actions1.dueDate", "gap.action.dueDate"),
				new Gap(Step.ACTION, "processCoordinator", "gap.processCoordinator"));
		assertThat(saved.getCurrentStep()).isEqualTo(4);
	}

	/**
	 * A save checks again only the step it saved (and the later ones when that was the
	 * current step and is now complete): the result is what checking all four would say.
	 */
	@Test
	void theCurrentStepFollowsEverySaveAsIfAllStepsWereCheckedAgain() {
		CaseFile caseFile = this.caseFixtures.complete(this.consultant);
		assertThat(caseFile.getCurrentStep()).isEqualTo(5);

		LawStepForm law = StepForm.filled(new LawStepForm(), caseFile);
		String standardOutcome = law.getStandardOutcome();
		law.setStandardOutcome(null);
		law.resolve(this.library);
		caseFile = savedWithCurrentStep(caseFile.getId(), law, 2);

		ActionStepForm action = StepForm.filled(new ActionStepForm(), caseFile);
		action.setSolution("Een maatje via de buurtvereniging");
		caseFile = savedWithCurrentStep(caseFile.getId(), action, 2);

		EffectStepForm effect = StepForm.filled(new EffectStepForm(), caseFile);
		List<EffectStepForm.EffectRow> effects = List.copyOf(effect.getEffects());
		effect.getEffects().clear();
		caseFile = savedWithCurrentStep(caseFile.getId(), effect, 1);

		effect = StepForm.filled(new EffectStepForm(), caseFile);
		effect.getEffects().addAll(effects);
		caseFile = savedWithCurrentStep(caseFile.getId(), effect, 2);

		law = StepForm.filled(new LawStepForm(), caseFile);
		law.setStandardOutcome(standardOutcome);
		law.resolve(this.library);
		savedWithCurrentStep(caseFile.getId(), law, 5);
	}

	private CaseFile savedWithCurrentStep(long id, StepForm form, int expected) {
		CaseFile saved = this.cases.saveStep(id, this.consultant, form);
		assertThat(saved.getCurrentStep()).as("after saving %s", form.step()).isEqualTo(expected);
		assertThat(this.gaps.currentStep(saved)).isEqualTo(expected);
		return saved;
	}

	@Test
	void everyQuestionACommentCanPointAtHasALabel() {
		assertThat(Step.ETHICS.fields()).extracting(StepField::labelKey)
			.containsExactly("ethics.realNeed", "ethics.observations", "ethics.frameOfReference", "ethics.values",
					"ethics.effectsShortTerm", "ethics.effectsLongTerm", "ethics.directorPerspective",
					"ethics.impartial");
		assertThat(Step.ACTION.hasField("cost.title")).isTrue();
		assertThat(Step.LAW.hasField("ethics.realNeed")).isFalse();
	}

}
