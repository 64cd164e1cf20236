package nl.omgekeerdetoets.cases;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.Locale;

import nl.omgekeerdetoets.shared.AmountEditor;

/**
 * Reads and writes a quantity a year as people type it ({@code 2,5} or {@code 130} in
 * Dutch, {@code 2.5} in English), with the amount editor's rules for separators; shown
 * again without trailing zeros, as a count and not as euros.
 */
class QuantityEditor extends PropertyEditorSupport {

	private final Locale locale;

	QuantityEditor(Locale locale) {
		this.locale = locale;
	}

	@Override
	public void setAsText(String text) {
		setValue(AmountEditor.parse(text, this.locale));
	}

	@Override
	public String getAsText() {
		return format((BigDecimal) getValue(), this.locale);
	}

	static String format(BigDecimal value, Locale locale) {
		if (value == null) {
			return "";
		}
		DecimalFormat format = (DecimalFormat) NumberFormat
			.getNumberInstance(Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH
					: Locale.forLanguageTag("nl-NL"));
		format.setGroupingUsed(true);
		format.setMinimumFractionDigits(0);
		format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
		return format.format(value);
	}

}
