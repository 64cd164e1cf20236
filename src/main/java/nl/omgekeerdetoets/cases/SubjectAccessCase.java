package nl.omgekeerdetoets.cases;

import java.time.Instant;
import java.util.List;

/**
 * A case as its consultant sees it, for a subject access report (AVG art. 15): what it
 * says about the resident, its steps as readable text in the order of the step pages.
 *
 * @param summary the case's own fields (reference, title, pseudonym, question, domains,
 * team, owner, status)
 * @param createdAt when it was opened
 * @param approvedAt when it was approved, or null
 * @param sections the four steps, each with its filled-in fields
 */
public record SubjectAccessCase(CaseSummary summary, Instant createdAt, Instant approvedAt, List<Section> sections) {

	/**
	 * One step of the case.
	 *
	 * @param step the step
	 * @param fields its filled-in fields, in page order
	 */
	public record Section(Step step, List<FieldText> fields) {
	}

	/**
	 * One filled-in field.
	 *
	 * @param key the field's key, e.g. {@code realNeed}
	 * @param labelKey the message key of its label
	 * @param text what it says, as readable text
	 */
	public record FieldText(String key, String labelKey, String text) {
	}

}
