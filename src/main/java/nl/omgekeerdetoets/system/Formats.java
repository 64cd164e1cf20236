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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import nl.omgekeerdetoets.shared.Labelled;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and times as people in the municipality read them, in the app's time zone and the
 * page's language. Used from templates as {@code ${@formats.dateTime(instant)}}.
 */
@Component("formats")
public class Formats {

	private static final Locale DUTCH_AMOUNTS = Locale.forLanguageTag("nl-NL");

	private static final Currency EURO = Currency.getInstance("EUR");

	private final Clock clock;

	// A page formats dozens of dates (the history alone up to a hundred): the localized
	// formatters are built once per language (they are immutable) instead of per call.
	private final Map<Locale, DateTimeFormatter> dateTimes = new ConcurrentHashMap<>();

	private final Map<Locale, DateTimeFormatter> dates = new ConcurrentHashMap<>();

	Formats(Clock clock) {
		this.clock = clock;
	}

	public String dateTime(Instant instant) {
		return (instant != null) ? this.dateTimes
			.computeIfAbsent(LocaleContextHolder.getLocale(),
					(locale) -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
						.withLocale(locale)
						.withZone(this.clock.getZone()))
			.format(instant) : "";
	}

	/**
	 * The message key of a value that names its own, for a template that shows values of
	 * several types in one place (a filter's choices): Thymeleaf keeps one compiled form
	 * per expression text, and {@code o.messageKey()} over a status and then a domain
	 * would be cast to the first type, fail, and be compiled again without end.
	 */
	public String messageKey(Labelled value) {
		return value.messageKey();
	}

	/** An amount in euros with cents, e.g. € 1.250,50 in Dutch. */
	public String euro(BigDecimal amount) {
		if (amount == null) {
			return "";
		}
		// A NumberFormat is not thread-safe: a new one per amount (cheap once the
		// locale's data is loaded).
		NumberFormat format = NumberFormat
			.getCurrencyInstance(Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage())
					? Locale.UK : DUTCH_AMOUNTS);
		format.setCurrency(EURO);
		return format.format(amount);
	}

	public String date(LocalDate date) {
		return (date != null) ? this.dates
			.computeIfAbsent(LocaleContextHolder.getLocale(),
					(locale) -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale))
			.format(date) : "";
	}

}
