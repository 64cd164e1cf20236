package nl.omgekeerdetoets.cases;

import java.time.Instant;

/**
 * A step of a case was saved, as a draft or by the autosave.
 *
 * @param caseId the case
 * @param reference the case's reference
 * @param step the step saved
 * @param actor the username of who did it
 * @param occurredAt when
 */
public record CaseStepSaved(long caseId, String reference, Step step, String actor,
		Instant occurredAt) implements CaseEvent {

	@Override
	public String action() {
		return "CASE_STEP_SAVED";
	}

	@Override
	public String detail() {
		return "step=" + this.step.slug();
	}

}
