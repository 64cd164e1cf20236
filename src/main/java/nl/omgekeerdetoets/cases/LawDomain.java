package nl.omgekeerdetoets.cases;

/**
 * The social-domain field a case belongs to; a case may touch several.
 */
public enum LawDomain {

	WMO, JEUGD, PARTICIPATIE, SCHULDHULP, WONEN, OVERIG;

	public String messageKey() {
		return "case.domain." + name();
	}

}
