package nl.omgekeerdetoets.cases;

import java.math.BigDecimal;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Quantities of a priced cost line on pages, in the page's language: {@code 2,5} in
 * Dutch. Used from templates as {@code ${@quantities.format(line.quantityPerYear)}}.
 */
@Component("quantities")
public class Quantities {

	public String format(BigDecimal quantity) {
		return QuantityEditor.format(quantity, LocaleContextHolder.getLocale());
	}

}
