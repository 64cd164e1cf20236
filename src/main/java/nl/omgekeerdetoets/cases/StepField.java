package nl.omgekeerdetoets.cases;

import java.util.List;

/**
 * One question of a step, as other modules may refer to it (a lead's comment points at
 * one): a key, the message key of its label, the id on the step page that a link to it
 * jumps to, and the form properties that answer it.
 *
 * @param key the question's key, e.g. {@code realNeed} or {@code proportionality}
 * @param labelKey the message key of the question's label, e.g. {@code ethics.realNeed}
 * @param anchor the id of the element to jump to on the step page
 * @param properties the form properties that answer the question
 */
public record StepField(String key, String labelKey, String anchor, List<String> properties) {

	/** A question answered by one form property of the same name. */
	static StepField of(String key, String labelKey) {
		return new StepField(key, labelKey, key, List.of(key));
	}

	/** A question answered by several form properties, or by repeating rows. */
	static StepField group(String key, String labelKey, String anchor, String... properties) {
		return new StepField(key, labelKey, anchor, List.of(properties));
	}

}
