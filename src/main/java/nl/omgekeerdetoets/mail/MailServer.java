package nl.omgekeerdetoets.mail;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The mail server, if one is configured: Spring Boot creates a sender only when
 * spring.mail.host is set. Without one the app queues nothing and sends nothing, as
 * before mails existed; with one, the base URL for the links must be known, or the app
 * does not start.
 */
@Component
@EnableConfigurationProperties(MailSettings.class)
class MailServer {

	private final JavaMailSender sender;

	MailServer(ObjectProvider<JavaMailSender> sender, MailSettings settings) {
		this.sender = sender.getIfAvailable();
		if (this.sender != null && !StringUtils.hasText(settings.baseUrl())) {
			throw new IllegalStateException("A mail server is configured (spring.mail.host) but not ot.mail.base-url, "
					+ "the address every link in a mail starts with, e.g. https://toets.gemeente.nl");
		}
	}

	boolean isConfigured() {
		return this.sender != null;
	}

	JavaMailSender sender() {
		return this.sender;
	}

}
