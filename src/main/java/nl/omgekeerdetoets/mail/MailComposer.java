package nl.omgekeerdetoets.mail;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a mail in its recipient's language: plain text, short, with the case's reference
 * and a link, never what the case says or who it is about.
 */
@Component
class MailComposer {

	private final MessageSource messages;

	private final MailSettings settings;

	MailComposer(MessageSource messages, MailSettings settings) {
		this.messages = messages;
		this.settings = settings;
	}

	/** One notification, or a person's notifications of the day in one digest. */
	Mail compose(List<Item> items, boolean digest, String name, Locale locale) {
		StringBuilder body = new StringBuilder();
		body.append(text("mail.greeting", locale, name)).append("\n\n");
		String subject;
		if (digest) {
			subject = text("mail.digest.subject", locale, items.size());
			body.append(text("mail.digest.intro", locale)).append("\n\n");
			for (Item item : items) {
				body.append("- ").append(sentence(item, locale)).append("\n  ").append(link(item)).append("\n");
			}
		}
		else {
			Item item = items.get(0);
			subject = text("mail.kind." + variant(item) + ".subject", locale, item.reference(),
					date(item.dueOn(), locale));
			body.append(sentence(item, locale)).append("\n\n");
			body.append(text("mail.open", locale, link(item))).append("\n");
		}
		body.append("\n-- \n").append(text("mail.footer", locale, this.settings.link("/account/mail"))).append("\n");
		return new Mail(text("mail.subject", locale, subject), body.toString());
	}

	private String sentence(Item item, Locale locale) {
		return text("mail.kind." + variant(item) + ".text", locale, item.reference(), date(item.dueOn(), locale));
	}

	private String link(Item item) {
		return this.settings.link(item.kind().path(item.caseId()));
	}

	private static String variant(Item item) {
		return item.kind().name() + (item.overdue() ? ".overdue" : "");
	}

	private static String date(LocalDate day, Locale locale) {
		return (day != null) ? DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day) : "";
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	/**
	 * What one outbox row tells.
	 *
	 * @param kind what happened
	 * @param caseId the case, if any
	 * @param reference its reference, if any
	 * @param dueOn a follow-up's or action's date, if any
	 * @param overdue whether that date had passed
	 */
	record Item(MailKind kind, Long caseId, String reference, LocalDate dueOn, boolean overdue) {
	}

	/**
	 * A mail ready to send.
	 *
	 * @param subject its subject line
	 * @param body its plain text
	 */
	record Mail(String subject, String body) {
	}

}
