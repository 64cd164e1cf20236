package nl.omgekeerdetoets.mail;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How mails are sent, besides the mail server itself (spring.mail.*).
 *
 * @param baseUrl the address people reach the app at, e.g. https://toets.gemeente.nl:
 * every link in a mail starts with it; required once a mail server is configured
 * @param from the sender's address
 * @param digestAt the time of day (Europe/Amsterdam) the daily digest goes out
 * @param giveUpAfter how long a mail the server keeps refusing is tried again
 * @param keepFor how long sent, dropped and failed mails stay in the outbox
 */
@ConfigurationProperties("ot.mail")
record MailSettings(String baseUrl, @DefaultValue("noreply@localhost") String from,
		@DefaultValue("07:00") LocalTime digestAt, @DefaultValue("P3D") Duration giveUpAfter,
		@DefaultValue("P30D") Duration keepFor) {

	/** The base URL without a trailing slash. */
	String link(String path) {
		String base = this.baseUrl.endsWith("/") ? this.baseUrl.substring(0, this.baseUrl.length() - 1) : this.baseUrl;
		return base + path;
	}

}
