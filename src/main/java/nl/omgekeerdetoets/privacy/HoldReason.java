package nl.omgekeerdetoets.privacy;

/** Why a case is kept beyond its retention period. */
enum HoldReason {

	OBJECTION_OR_APPEAL, COMPLAINT, INVESTIGATION, OTHER;

	public String messageKey() {
		return "hold.reason." + name();
	}

}
