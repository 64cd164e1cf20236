package nl.omgekeerdetoets.cases;

import java.util.EnumMap;
import java.util.Map;

/**
 * Which of the four steps are complete, for the stepper.
 */
record StepsProgress(Map<Step, Boolean> complete) {

	static StepsProgress of(CaseFile caseFile) {
		Map<Step, Boolean> complete = new EnumMap<>(Step.class);
		for (Step step : Step.values()) {
			complete.put(step, Completeness.isComplete(caseFile, step));
		}
		return new StepsProgress(complete);
	}

	public boolean isComplete(Step step) {
		return this.complete.get(step);
	}

	public boolean allComplete() {
		return !this.complete.containsValue(false);
	}

}
