package nl.omgekeerdetoets.cases;

import nl.omgekeerdetoets.shared.Labelled;

/**
 * The social-domain field a case belongs to; a case may touch several.
 */
public enum LawDomain implements Labelled {

	WMO, JEUGD, PARTICIPATIE, SCHULDHULP, WONEN, OVERIG;

	@Override
	public String messageKey() {
		return "case.domain." + name();
	}

}
