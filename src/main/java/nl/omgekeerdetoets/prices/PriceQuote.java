package nl.omgekeerdetoets.prices;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The price of an item on a day, as other modules see it.
 *
 * @param itemId the item's id
 * @param name the item's name, e.g. Huishoudelijke hulp
 * @param unit what one price buys
 * @param payer who pays it
 * @param amount the price per unit in euros
 * @param validFrom the first day of the period the price belongs to
 * @param validTo its last day, or null while open-ended
 * @param example whether the price is an unchecked example
 * @param sourceNote where the price comes from, or null
 * @param priceId the id of the price (period) itself, which a case's cost line keeps
 */
public record PriceQuote(long itemId, String name, PriceUnit unit, Payer payer, BigDecimal amount, LocalDate validFrom,
		LocalDate validTo, boolean example, String sourceNote, long priceId) {

	static PriceQuote of(Price price) {
		PriceItem item = price.getItem();
		return new PriceQuote(item.getId(), item.getName(), item.getUnit(), item.getPayer(), price.getAmount(),
				price.getValidFrom(), price.getValidTo(), item.isExample(), item.getSourceNote(), price.getId());
	}

}
