package nl.omgekeerdetoets.cases;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

/**
 * What each step still needs before the case can go to review: the step forms' own
 * {@link StepForm.Complete} constraints, checked against what the case holds. A step may
 * be saved half-filled at any time; only submitting asks for all of it.
 */
@Component
class StepGaps {

	private static final Pattern ROW = Pattern.compile("\\[(\\d+)]");

	private final Validator validator;

	StepGaps(Validator validator) {
		this.validator = validator;
	}

	/** Every gap, step by step, each in the order of its page. */
	List<Gap> of(CaseFile caseFile) {
		List<Gap> gaps = new ArrayList<>();
		for (Step step : Step.values()) {
			gaps.addAll(of(caseFile, step));
		}
		return gaps;
	}

	List<Gap> of(CaseFile caseFile, Step step) {
		StepForm form = StepForm.of(step, caseFile);
		return this.validator.validate(form, StepForm.Complete.class)
			.stream()
			.map((violation) -> gap(form, violation))
			.sorted(Placed.IN_PAGE_ORDER)
			.map(Placed::gap)
			.toList();
	}

	StepsProgress progress(CaseFile caseFile) {
		Map<Step, Boolean> complete = new EnumMap<>(Step.class);
		for (Step step : Step.values()) {
			complete.put(step, of(caseFile, step).isEmpty());
		}
		return new StepsProgress(complete);
	}

	/**
	 * The first step that is not complete, or 5 when all four are: the list filter
	 * "step".
	 */
	int currentStep(CaseFile caseFile) {
		return firstWithGaps(caseFile, 1);
	}

	/**
	 * The current step after this step was saved, from the one the case held: each step's
	 * completeness depends on its own fields only, so only the saved step is checked
	 * again, and the steps after it only when it was the current one and is now complete.
	 * An autosave of step 1 of a finished case reads step 1's rows, not all four steps'.
	 */
	int currentStepAfterSaving(CaseFile caseFile, Step saved) {
		int before = caseFile.getCurrentStep();
		if (saved.number() > before) {
			return before;
		}
		if (!of(caseFile, saved).isEmpty()) {
			return saved.number();
		}
		return (saved.number() < before) ? before : firstWithGaps(caseFile, saved.number() + 1);
	}

	private int firstWithGaps(CaseFile caseFile, int from) {
		for (Step step : Step.values()) {
			if (step.number() >= from && !of(caseFile, step).isEmpty()) {
				return step.number();
			}
		}
		return 5;
	}

	private static Placed gap(StepForm form, ConstraintViolation<StepForm> violation) {
		String path = violation.getPropertyPath().toString();
		String template = violation.getMessageTemplate();
		String messageKey = template.substring(1, template.length() - 1);
		StepField field = form.fieldOf(path);
		String root = path.split("[.\\[]", 2)[0];
		Matcher row = ROW.matcher(path);
		int rowIndex = row.find() ? Integer.parseInt(row.group(1)) : -1;
		// Within a row, its inputs in the order they are declared (and shown).
		List<String> rowInputs = Arrays.stream(violation.getLeafBean().getClass().getDeclaredFields())
			.map(java.lang.reflect.Field::getName)
			.toList();
		String leaf = path.substring(path.lastIndexOf('.') + 1);
		List<Integer> position = List.of(form.fields().indexOf(field), field.properties().indexOf(root), rowIndex,
				(rowIndex < 0) ? 0 : rowInputs.indexOf(leaf));
		return new Placed(new Gap(form.step(), form.anchorOf(path), messageKey), position);
	}

	private record Placed(Gap gap, List<Integer> position) {

		static final Comparator<Placed> IN_PAGE_ORDER = (a, b) -> {
			for (int i = 0; i < a.position.size(); i++) {
				int compared = Integer.compare(a.position.get(i), b.position.get(i));
				if (compared != 0) {
					return compared;
				}
			}
			return 0;
		};

	}

}
