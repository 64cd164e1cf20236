package nl.omgekeerdetoets.privacy;

/**
 * What a retention rule counts from: the day a case closed (its last follow-up recorded),
 * or the last change of a draft nobody touched since.
 */
enum RuleKind {

	CLOSED_CASE, UNTOUCHED_DRAFT;

	public String messageKey() {
		return "retention.kind." + name();
	}

}
