package nl.omgekeerdetoets.review;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.omgekeerdetoets.cases.Step;
import nl.omgekeerdetoets.cases.Submission;

/**
 * What changed in each step between a case's previous submission and its last one: per
 * changed field its label and the word-level difference. A step that did not change has
 * no fields.
 *
 * @param previousRound the submission compared from
 * @param round the submission compared to
 * @param byStep the changed fields per step, every step present
 */
record RoundChanges(int previousRound, int round, Map<Step, List<FieldChange>> byStep) {

	/** The changes from {@code previous} to {@code last}. */
	static RoundChanges between(Submission previous, Submission last) {
		Map<Step, List<FieldChange>> byStep = new EnumMap<>(Step.class);
		for (Step step : Step.values()) {
			List<FieldChange> changes = new ArrayList<>();
			for (Submission.Field field : Submission.FIELDS.get(step)) {
				String before = previous.text(step, field.key());
				String after = last.text(step, field.key());
				if (!before.equals(after)) {
					changes.add(new FieldChange(field.labelKey(), WordDiff.between(before, after)));
				}
			}
			byStep.put(step, List.copyOf(changes));
		}
		return new RoundChanges(previous.round(), last.round(), byStep);
	}

	/** The changed fields of this step, in the order of its page; empty when none. */
	public List<FieldChange> of(Step step) {
		return this.byStep.getOrDefault(step, List.of());
	}

	/**
	 * One changed field.
	 *
	 * @param labelKey the message key of the field's label
	 * @param parts its word-level difference, in reading order
	 */
	record FieldChange(String labelKey, List<WordDiff.Part> parts) {
	}

}
