package nl.omgekeerdetoets.cases;

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
