package nl.omgekeerdetoets.review;

import java.util.List;
import java.util.Map;

import nl.omgekeerdetoets.cases.Step;

/**
 * The fields of each step a lead's comment can point at, by their label's message key.
 */
final class StepFields {

	static final Map<Step, List<String>> BY_STEP = Map.of(Step.EFFECT,
			List.of("effect.description", "effect.indicator", "effect.residentWords", "effect.ownStrength",
					"effect.meaningForPeople"),
			Step.LAW,
			List.of("law.goals", "law.withinGoals", "law.standardOutcome", "law.standardChangesAnything",
					"law.deviationReason"),
			Step.ETHICS,
			List.of("ethics.realNeed", "ethics.observations", "ethics.frameOfReference", "ethics.values",
					"ethics.effectsShortTerm", "ethics.effectsLongTerm", "ethics.directorPerspective",
					"ethics.impartial"),
			Step.ACTION, List.of("action.solution", "action.solutionKind", "action.plan", "action.processCoordination",
					"action.legalGround", "action.proportionality", "cost.title", "action.evaluationDate"));

	private StepFields() {
	}

	/**
	 * The field if it belongs to the step, else nothing: the comment is then about the
	 * step as a whole.
	 */
	static String known(Step step, String field) {
		return (field != null && BY_STEP.getOrDefault(step, List.of()).contains(field)) ? field : null;
	}

}
