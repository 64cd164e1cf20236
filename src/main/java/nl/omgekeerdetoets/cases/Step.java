package nl.omgekeerdetoets.cases;

import java.util.List;

/**
 * The four steps of the Omgekeerde Toets, in their fixed order: the order is the method.
 */
public enum Step {

	EFFECT("effect"), LAW("law"), ETHICS("ethics"), ACTION("action");

	private final String slug;

	Step(String slug) {
		this.slug = slug;
	}

	/** The step's part of the URL: {@code /cases/12/steps/effect}. */
	public String slug() {
		return this.slug;
	}

	public int number() {
		return ordinal() + 1;
	}

	public String messageKey() {
		return "step." + this.slug;
	}

	public Step next() {
		return (this == ACTION) ? null : values()[ordinal() + 1];
	}

	public Step previous() {
		return (this == EFFECT) ? null : values()[ordinal() - 1];
	}

	/** The step's questions in the order of its page: what a comment can point at. */
	public List<StepField> fields() {
		return StepForm.blank(this).fields();
	}

	/** Whether one of this step's questions has this label key. */
	public boolean hasField(String labelKey) {
		return fields().stream().anyMatch((field) -> field.labelKey().equals(labelKey));
	}

	static Step fromSlug(String slug) {
		for (Step step : values()) {
			if (step.slug.equals(slug)) {
				return step;
			}
		}
		return null;
	}

}
