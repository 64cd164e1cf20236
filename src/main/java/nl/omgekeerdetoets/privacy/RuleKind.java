package nl.omgekeerdetoets.privacy;

/**
 * What a retention rule counts from: the day a case closed (its last follow-up recorded,
 * or withdrawn), the last change of a draft nobody touched since, or the day a line of
 * the access log was written.
 */
enum RuleKind {

	CLOSED_CASE, UNTOUCHED_DRAFT, ACCESS_LOG;

	/**
	 * Whether the rule deletes cases (the access log's rule deletes lines of the log).
	 */
	public boolean isForCases() {
		return this != ACCESS_LOG;
	}

	public String messageKey() {
		return "retention.kind." + name();
	}

}
