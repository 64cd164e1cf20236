package nl.omgekeerdetoets.cases;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What the four steps said when a case was submitted for review: per step and field, the
 * answer as readable text (choices and goals in words, repeating rows one a line). Kept
 * at every submission, so that a lead sees what changed since the previous round.
 *
 * @param round the case's submission this was, counting from 1
 * @param texts the text per step and field key; a field left empty is absent
 */
public record Submission(int round, Map<Step, Map<String, String>> texts) {

	/** The fields a submission holds, per step in the order of the step's page. */
	public static final Map<Step, List<Field>> FIELDS = Map.of(Step.EFFECT,
			fields(Step.EFFECT, "effects:effect.effects", "residentWords:effect.residentWords",
					"ownStrength:effect.ownStrength", "meaningForPeople:effect.meaningForPeople"),
			Step.LAW,
			fields(Step.LAW, "goals:law.goals", "withinGoals:law.withinGoals", "standardOutcome:law.standardOutcome",
					"standardChangesAnything:law.standardChangesAnything", "deviationReason:law.deviationReason"),
			Step.ETHICS,
			fields(Step.ETHICS, "realNeed:ethics.realNeed", "observations:ethics.observations",
					"frameOfReference:ethics.frameOfReference", "values:ethics.values",
					"effectsShortTerm:ethics.effectsShortTerm", "effectsLongTerm:ethics.effectsLongTerm",
					"directorPerspective:ethics.directorPerspective", "impartial:ethics.impartial"),
			Step.ACTION,
			fields(Step.ACTION, "solution:action.solution", "solutionKind:action.solutionKind",
					"decision:action.decision", "call:action.call", "parties:party.title", "actions:action.plan",
					"processCoordination:action.processCoordination", "legalGround:action.legalGround",
					"suitable:action.suitable", "necessary:action.necessary", "balanced:action.balanced",
					"costs:cost.title", "obstacles:obstacle.title", "evaluationDate:action.evaluationDate"));

	public Submission {
		texts = Map.copyOf(texts);
	}

	/** What this field said, or an empty text when it was left empty. */
	public String text(Step step, String key) {
		return this.texts.getOrDefault(step, Map.of()).getOrDefault(key, "");
	}

	private static List<Field> fields(Step step, String... keysAndLabels) {
		return Arrays.stream(keysAndLabels)
			.map((pair) -> pair.split(":", 2))
			.map((pair) -> new Field(step, pair[0], pair[1]))
			.toList();
	}

	/**
	 * One field of a submission.
	 *
	 * @param step the step it belongs to
	 * @param key its key in the snapshot, e.g. {@code observations}
	 * @param labelKey the message key of its label on the case page
	 */
	public record Field(Step step, String key, String labelKey) {
	}

}
