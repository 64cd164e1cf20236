package nl.omgekeerdetoets.prices;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of the admin's price list: the item and its price today, if it has one.
 */
record PriceListRow(long id, String name, PriceUnit unit, Payer payer, String sourceNote, boolean example,
		boolean active, BigDecimal amount, LocalDate validFrom, LocalDate validTo) {

	public boolean hasCurrentPrice() {
		return this.amount != null;
	}

}
