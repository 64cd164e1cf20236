package nl.omgekeerdetoets.system;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and times as people in the municipality read them, in the app's time zone and the
 * page's language. Used from templates as {@code ${@formats.dateTime(instant)}}.
 */
@Component("formats")
public class Formats {

	private final Clock clock;

	Formats(Clock clock) {
		this.clock = clock;
	}

	public String dateTime(Instant instant) {
		return (instant != null) ? DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(LocaleContextHolder.getLocale())
			.withZone(this.clock.getZone())
			.format(instant) : "";
	}

	/** An amount in euros with cents, e.g. € 1.250,50 in Dutch. */
	public String euro(BigDecimal amount) {
		if (amount == null) {
			return "";
		}
		NumberFormat format = NumberFormat
			.getCurrencyInstance(Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage())
					? Locale.UK : Locale.forLanguageTag("nl-NL"));
		format.setCurrency(Currency.getInstance("EUR"));
		return format.format(amount);
	}

	public String date(LocalDate date) {
		return (date != null) ? DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
			.withLocale(LocaleContextHolder.getLocale())
			.format(date) : "";
	}

}
