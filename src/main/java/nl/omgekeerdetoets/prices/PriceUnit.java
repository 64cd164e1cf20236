package nl.omgekeerdetoets.prices;

/**
 * What one price buys: an hour of support, a month of a placement, one traplift.
 */
public enum PriceUnit {

	HOUR, DAY_PART, DAY, WEEK, MONTH, YEAR, PIECE;

	/** The message key of the unit's name, for pages. */
	public String messageKey() {
		return "price.unit." + name();
	}

}
