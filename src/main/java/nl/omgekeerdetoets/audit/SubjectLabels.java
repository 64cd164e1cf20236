package nl.omgekeerdetoets.audit;

import java.util.Optional;

/**
 * Names the records of one subject type for the change history, as a module that owns
 * them knows them: a case by its reference, never by its text. The history asks when a
 * line is recorded by id only, such as a refused attempt to open a page of a record.
 */
public interface SubjectLabels {

	/** The subject type these labels are for, such as {@code CASE}. */
	String subjectType();

	/** The short label of the record, or empty when there is no such record. */
	Optional<String> labelOf(long subjectId);

}
