package nl.omgekeerdetoets.cases;

import java.util.Map;

/**
 * Which of the four steps are complete, for the stepper.
 */
record StepsProgress(Map<Step, Boolean> complete) {

	public boolean isComplete(Step step) {
		return this.complete.get(step);
	}

	public boolean allComplete() {
		return !this.complete.containsValue(false);
	}

}
