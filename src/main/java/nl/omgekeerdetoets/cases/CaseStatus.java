package nl.omgekeerdetoets.cases;

import java.util.Set;

import nl.omgekeerdetoets.shared.Labelled;

/**
 * Where a case stands. The consultant edits in {@code DRAFT} and
 * {@code CHANGES_REQUESTED}; the review capability moves a case from {@code IN_REVIEW} to
 * {@code APPROVED} or back; the evaluation closes it. A case not yet decided may be
 * {@code WITHDRAWN}: closed without a decision.
 */
public enum CaseStatus implements Labelled {

	DRAFT, IN_REVIEW, CHANGES_REQUESTED, APPROVED, EVALUATED, WITHDRAWN;

	static final Set<CaseStatus> EDITABLE = Set.of(DRAFT, CHANGES_REQUESTED);

	/** Not decided yet: the resident may still withdraw the request. */
	static final Set<CaseStatus> WITHDRAWABLE = Set.of(DRAFT, CHANGES_REQUESTED, IN_REVIEW);

	public boolean isEditable() {
		return EDITABLE.contains(this);
	}

	@Override
	public String messageKey() {
		return "case.status." + name();
	}

	/** The CSS class that colours the status label; the word is always shown too. */
	public String styleClass() {
		return switch (this) {
			case DRAFT -> "status-muted";
			case IN_REVIEW -> "status-info";
			case CHANGES_REQUESTED -> "status-warning";
			case APPROVED -> "status-ok";
			case EVALUATED -> "status-ok";
			case WITHDRAWN -> "status-muted";
		};
	}

}
