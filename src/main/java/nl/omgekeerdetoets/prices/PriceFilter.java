package nl.omgekeerdetoets.prices;

/**
 * The filters of the price list, bound from the query string.
 *
 * @param q text to find in the name or the source note
 * @param payer only items paid by this payer
 * @param status {@code active}, {@code retired} or empty for both
 */
record PriceFilter(String q, Payer payer, String status) {

	String query() {
		return (this.q == null) ? "" : this.q.strip();
	}

	Boolean active() {
		if ("active".equals(this.status)) {
			return true;
		}
		return "retired".equals(this.status) ? false : null;
	}

}
