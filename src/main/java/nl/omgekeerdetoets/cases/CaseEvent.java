package nl.omgekeerdetoets.cases;

import nl.omgekeerdetoets.audit.AuditableEvent;

/**
 * Something that happened to a case, announced by the cases module once it is committed:
 * for the change history, notifications and whatever else follows a case's life. Events
 * carry references and ids, never what the steps say.
 */
public sealed interface CaseEvent extends AuditableEvent
		permits CaseOpened, CaseStepSaved, CaseSubmitted, CaseApproved, ChangesRequested, CaseEvaluated, CaseWithdrawn {

	long caseId();

	String reference();

	@Override
	default String subjectType() {
		return CaseService.AUDIT_SUBJECT;
	}

	@Override
	default long subjectId() {
		return caseId();
	}

	@Override
	default String subjectLabel() {
		return reference();
	}

}
