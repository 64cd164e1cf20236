package nl.omgekeerdetoets.cases;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import nl.omgekeerdetoets.library.LawLibrary;

import org.springframework.ui.Model;
import org.springframework.validation.Errors;

/**
 * The form of one step. It is loaded from the case and applied back to it; the case's
 * version travels with it so that a concurrent edit is noticed.
 *
 * <p>
 * Its constraints come in two groups: the default group is checked on every save (a draft
 * may be half-filled, but never too long or holding a BSN), the {@link Complete} group
 * only when the case goes to review: what the step needs before that.
 */
abstract class StepForm {

	/** Validation group: what a step needs before the case can be submitted. */
	interface Complete {

	}

	private long version;

	/** An empty form for the step, for the browser's input to be bound to. */
	static StepForm blank(Step step) {
		return switch (step) {
			case EFFECT -> new EffectStepForm();
			case LAW -> new LawStepForm();
			case ETHICS -> new EthicsStepForm();
			case ACTION -> new ActionStepForm();
		};
	}

	/** The step's form filled with what the case holds now. */
	static StepForm of(Step step, CaseFile caseFile) {
		return filled(blank(step), caseFile);
	}

	/** This form filled with what the case holds now. */
	static <F extends StepForm> F filled(F form, CaseFile caseFile) {
		form.load(caseFile);
		form.setVersion(caseFile.getVersion());
		return form;
	}

	abstract Step step();

	/** The step's questions in the order of the page. */
	abstract List<StepField> fields();

	abstract void load(CaseFile caseFile);

	abstract void applyTo(CaseFile caseFile);

	/**
	 * The repeating rows by name ({@code effects}), to add and remove rows without
	 * JavaScript.
	 */
	Map<String, List<?>> rows() {
		return Map.of();
	}

	/**
	 * Called after a row was removed from the list named, so that what points at rows of
	 * it can follow.
	 */
	void rowRemoved(String list, int index) {
	}

	/** Offers at least one row to fill in per list, plus one more in the list named. */
	void padRows(String extraRowIn) {
	}

	/**
	 * The id on the page of the input a property path points at:
	 * {@code effects[0].description} is {@code effects0.description}; an empty list
	 * points at its question's anchor.
	 */
	String anchorOf(String property) {
		if (rows().containsKey(property)) {
			return fieldOf(property).anchor();
		}
		return property.replace("[", "").replace("]", "");
	}

	/** The question a property path belongs to (by its first part). */
	StepField fieldOf(String property) {
		String root = property.split("[.\\[]", 2)[0];
		return fields().stream()
			.filter((field) -> field.properties().contains(root))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No question of " + step() + " answers " + root));
	}

	/**
	 * Reads what the form needs from the law library before it is validated and saved.
	 */
	void resolve(LawLibrary library) {
	}

	/**
	 * Fills in the prices the server gives (step 4's cost lines) from the case's kept
	 * prices and the price list; answers the paths of the fields that got none.
	 */
	List<String> price(CaseFile caseFile, Function<Long, Optional<ItemPrice>> priceList) {
		return List.of();
	}

	/** Checks across fields that Bean Validation does not express, after it ran. */
	void check(Errors errors) {
	}

	/** Adds the choices and computed figures the step's page shows beside the fields. */
	void addOptions(Model model, LawLibrary library) {
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
