package nl.omgekeerdetoets.prices;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The price list as other modules read it, e.g. to price a case's cost comparison. Each
 * method is one query and returns records, usable after the transaction.
 */
@Service
@Transactional(readOnly = true)
public class PriceList {

	private final PriceRepository prices;

	PriceList(PriceRepository prices) {
		this.prices = prices;
	}

	/**
	 * The price of the item on that day, retired items included (a case keeps the price
	 * it was priced with); empty before its first period, in a gap or after its last.
	 */
	public Optional<PriceQuote> priceOn(long itemId, LocalDate day) {
		return this.prices.findOn(itemId, day).map(PriceQuote::of);
	}

	/** The items in use that have a price on that day, by name. */
	public List<PriceQuote> activePricesOn(LocalDate day) {
		return this.prices.findActiveOn(day).stream().map(PriceQuote::of).toList();
	}

}
