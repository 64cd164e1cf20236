package nl.omgekeerdetoets.cases;

import java.io.Serial;

import nl.omgekeerdetoets.shared.RecordNotFoundException;

/**
 * Someone asked for a case they may not see. To them it looks like any missing record
 * (404); the attempt itself is recorded by {@link CaseAccessRefusals} once the request's
 * transaction is over.
 */
class CaseAccessRefusedException extends RecordNotFoundException {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long caseId;

	private final String role;

	CaseAccessRefusedException(long caseId, String role) {
		super("Case", caseId);
		this.caseId = caseId;
		this.role = role;
	}

	long caseId() {
		return this.caseId;
	}

	String role() {
		return this.role;
	}

}
