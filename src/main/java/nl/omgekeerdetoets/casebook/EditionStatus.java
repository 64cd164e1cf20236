package nl.omgekeerdetoets.casebook;

/**
 * Where an edition stands: a lead's draft, published (frozen) for the council, or
 * withdrawn after publication. A published edition is never edited again.
 */
public enum EditionStatus {

	DRAFT, PUBLISHED, WITHDRAWN;

	public String messageKey() {
		return "casebook.status." + name();
	}

}
