package nl.omgekeerdetoets.shared;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Reads and writes euro amounts the way people type them: {@code 1250,50},
 * {@code 1.250,50} or {@code € 1250} in Dutch, {@code 1,250.50} in English. Unreadable
 * text becomes a type mismatch, shown at the field. For the case step's costs and the
 * price list alike.
 */
public class AmountEditor extends PropertyEditorSupport {

	private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

	private final Locale locale;

	public AmountEditor(Locale locale) {
		this.locale = locale;
	}

	@Override
	public void setAsText(String text) {
		setValue(parse(text, this.locale));
	}

	@Override
	public String getAsText() {
		BigDecimal value = (BigDecimal) getValue();
		if (value == null) {
			return "";
		}
		// As people write euros: grouped, with two decimals (1.234,56 or 1,234.56); more
		// decimals only when the user typed more (the field then shows an error).
		DecimalFormat format = (DecimalFormat) NumberFormat
			.getNumberInstance(isDutch(this.locale) ? DUTCH : Locale.ENGLISH);
		format.setGroupingUsed(true);
		format.setMinimumFractionDigits(Math.max(2, value.scale()));
		format.setMaximumFractionDigits(Math.max(2, value.scale()));
		return format.format(value);
	}

	public static BigDecimal parse(String text, Locale locale) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String s = text.replace("€", "").replace("EUR", "").replaceAll("\\s", "");
		char decimal = isDutch(locale) ? ',' : '.';
		char grouping = isDutch(locale) ? '.' : ',';
		int lastDot = s.lastIndexOf('.');
		int lastComma = s.lastIndexOf(',');
		if (lastDot >= 0 && lastComma >= 0) {
			// Both used: the last one is the decimal separator, whatever the language.
			decimal = (lastDot > lastComma) ? '.' : ',';
			grouping = (decimal == '.') ? ',' : '.';
		}
		else if (s.indexOf(grouping) >= 0 && !s.matches("-?\\d{1,3}(\\" + grouping + "\\d{3})+")) {
			// A single separator that cannot be grouping (1250,5 in English, 12.5 in
			// Dutch) is the decimal one.
			decimal = grouping;
			grouping = (decimal == '.') ? ',' : '.';
		}
		String normalized = s.replace(String.valueOf(grouping), "").replace(decimal, '.');
		try {
			return new BigDecimal(normalized);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("Not an amount: " + text, ex);
		}
	}

	private static boolean isDutch(Locale locale) {
		return !Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
	}

}
