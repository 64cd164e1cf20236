package nl.omgekeerdetoets.cases;

import java.util.ArrayList;
import java.util.List;

/**
 * What each step needs before the case can go to review. A step may be saved half-filled
 * at any time; only submitting asks for all of this.
 */
final class Completeness {

	private Completeness() {
	}

	static List<Gap> gaps(CaseFile c) {
		List<Gap> gaps = new ArrayList<>();
		gaps.addAll(gaps(c, Step.EFFECT));
		gaps.addAll(gaps(c, Step.LAW));
		gaps.addAll(gaps(c, Step.ETHICS));
		gaps.addAll(gaps(c, Step.ACTION));
		return gaps;
	}

	static List<Gap> gaps(CaseFile c, Step step) {
		List<Gap> gaps = new ArrayList<>();
		switch (step) {
			case EFFECT -> {
				if (c.getEffects().isEmpty()) {
					gaps.add(new Gap(step, "effects0.description", "gap.effects"));
				}
				for (int i = 0; i < c.getEffects().size(); i++) {
					DesiredEffect effect = c.getEffects().get(i);
					require(gaps, step, "effects" + i + ".description", effect.getDescription(),
							"gap.effect.description");
					require(gaps, step, "effects" + i + ".indicator", effect.getIndicator(), "gap.effect.indicator");
				}
				require(gaps, step, "ownStrength", c.getOwnStrength(), "gap.ownStrength");
			}
			case LAW -> {
				if (c.getGoalIds().isEmpty()) {
					gaps.add(new Gap(step, "goalIds", "gap.goals"));
				}
				if (c.getWithinGoals() == null) {
					gaps.add(new Gap(step, "withinGoals", "gap.withinGoals"));
				}
				require(gaps, step, "standardOutcome", c.getStandardOutcome(), "gap.standardOutcome");
				require(gaps, step, "standardChangesAnything", c.getStandardChangesAnything(),
						"gap.standardChangesAnything");
			}
			case ETHICS -> {
				require(gaps, step, "realNeed", c.getRealNeed(), "gap.realNeed");
				require(gaps, step, "observations", c.getObservations(), "gap.observations");
				if (c.getValuesAtStake().isEmpty()) {
					gaps.add(new Gap(step, "valuesAtStake", "gap.values"));
				}
				require(gaps, step, "effectsShortTerm", c.getEffectsShortTerm(), "gap.effectsShortTerm");
				require(gaps, step, "effectsLongTerm", c.getEffectsLongTerm(), "gap.effectsLongTerm");
				if (c.getImpartial() == null) {
					gaps.add(new Gap(step, "impartial", "gap.impartial"));
				}
			}
			case ACTION -> {
				require(gaps, step, "solution", c.getSolution(), "gap.solution");
				if (c.getSolutionKind() == null) {
					gaps.add(new Gap(step, "solutionKind", "gap.solutionKind"));
				}
				require(gaps, step, "solutionKindReason", c.getSolutionKindReason(), "gap.solutionKindReason");
				if (c.getActions().isEmpty()) {
					gaps.add(new Gap(step, "actions0.description", "gap.actions"));
				}
				for (int i = 0; i < c.getActions().size(); i++) {
					PlannedAction action = c.getActions().get(i);
					require(gaps, step, "actions" + i + ".owner", action.getOwner(), "gap.action.owner");
					if (action.getDueDate() == null) {
						gaps.add(new Gap(step, "actions" + i + ".dueDate", "gap.action.dueDate"));
					}
				}
				if (c.getProcessCoordinationNeeded() == null) {
					gaps.add(new Gap(step, "processCoordinationNeeded", "gap.processCoordination"));
				}
				else if (c.getProcessCoordinationNeeded()) {
					require(gaps, step, "processCoordinator", c.getProcessCoordinator(), "gap.processCoordinator");
				}
				require(gaps, step, "legalGround", c.getLegalGround(), "gap.legalGround");
				require(gaps, step, "proportionalitySuitable", c.getProportionalitySuitable(), "gap.suitable");
				require(gaps, step, "proportionalityNecessary", c.getProportionalityNecessary(), "gap.necessary");
				require(gaps, step, "proportionalityBalanced", c.getProportionalityBalanced(), "gap.balanced");
				if (c.getEvaluationDate() == null) {
					gaps.add(new Gap(step, "evaluationDate", "gap.evaluationDate"));
				}
			}
		}
		return gaps;
	}

	static boolean isComplete(CaseFile c, Step step) {
		return gaps(c, step).isEmpty();
	}

	/** The first step that is not complete, or 5 when all four are. */
	static int currentStep(CaseFile c) {
		for (Step step : Step.values()) {
			if (!isComplete(c, step)) {
				return step.number();
			}
		}
		return 5;
	}

	private static void require(List<Gap> gaps, Step step, String field, String value, String messageKey) {
		if (value == null || value.isBlank()) {
			gaps.add(new Gap(step, field, messageKey));
		}
	}

}
