package nl.omgekeerdetoets.cases;

import java.math.BigDecimal;
import java.time.LocalDate;

import nl.omgekeerdetoets.prices.Payer;
import nl.omgekeerdetoets.prices.PriceQuote;
import nl.omgekeerdetoets.prices.PriceUnit;

/**
 * The price a cost line is made with: from the price list for a new line, or the one a
 * saved line kept.
 *
 * @param itemId the price list item
 * @param priceId the price period
 * @param name the item's name
 * @param unit what one price buys
 * @param payer who pays the item, or null when not known (a kept price)
 * @param amount the price per unit in euros
 * @param validFrom the first day of the price's period, or null when not known
 */
public record ItemPrice(long itemId, long priceId, String name, PriceUnit unit, Payer payer, BigDecimal amount,
		LocalDate validFrom) {

	static ItemPrice of(PriceQuote quote) {
		return new ItemPrice(quote.itemId(), quote.priceId(), quote.name(), quote.unit(), quote.payer(), quote.amount(),
				quote.validFrom());
	}

}
