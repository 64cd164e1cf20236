package nl.omgekeerdetoets.prices;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A price for a new period: from a day, until a day or open-ended (validTo null). */
record NewPrice(BigDecimal amount, LocalDate validFrom, LocalDate validTo) {

}
