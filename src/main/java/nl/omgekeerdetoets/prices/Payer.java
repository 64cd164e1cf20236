package nl.omgekeerdetoets.prices;

import nl.omgekeerdetoets.shared.Labelled;

/**
 * Who pays for a product or service. The municipality pays under a law; the names match
 * the payers of a case's cost comparison, with the Wlz beside them.
 */
public enum Payer implements Labelled {

	MUNICIPALITY_WMO, MUNICIPALITY_JEUGD, MUNICIPALITY_PARTICIPATIE, MUNICIPALITY_SCHULDHULP, MUNICIPALITY_OTHER,
	RESIDENT, HEALTH_INSURER, WLZ, HOUSING_CORPORATION, OTHER;

	/** The message key of the payer's name, for pages. */
	@Override
	public String messageKey() {
		return "price.payer." + name();
	}

}
