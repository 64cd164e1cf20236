package nl.omgekeerdetoets.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * When mails go: the digest's time of day in Amsterdam, the waits after a refusal, and a
 * mail server without the base URL its links need.
 */
class MailTimingTest {

	static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	static final MailSettings SETTINGS = new MailSettings("https://toets.example.nl", "noreply@example.nl",
			LocalTime.of(7, 0), Duration.ofDays(3), Duration.ofDays(30));

	@Test
	void theDigestGoesAtItsTimeTodayOrElseTomorrow() {
		MailOutbox outbox = new MailOutbox(null, null, SETTINGS, Clock.system(AMSTERDAM));
		ZonedDateTime morning = ZonedDateTime.of(2026, 3, 28, 6, 59, 0, 0, AMSTERDAM);

		assertThat(outbox.nextDigest(morning.toInstant())).isEqualTo(morning.withHour(7).withMinute(0).toInstant());
		assertThat(outbox.nextDigest(morning.withHour(7).withMinute(0).toInstant()))
			.isEqualTo(morning.plusDays(1).withHour(7).withMinute(0).toInstant());
		// Summer time starts in the night to 29 March: still 07:00 on the clock.
		Instant next = outbox.nextDigest(morning.withHour(20).toInstant());
		assertThat(next.atZone(AMSTERDAM).toLocalTime()).isEqualTo(LocalTime.of(7, 0));
		assertThat(next).isEqualTo(ZonedDateTime.of(2026, 3, 29, 7, 0, 0, 0, AMSTERDAM).toInstant());
	}

	@Test
	void aRefusedMailWaitsLongerEachTimeUpToAnHour() {
		assertThat(OutboxSender.retryAfter(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(OutboxSender.retryAfter(2)).isEqualTo(Duration.ofMinutes(2));
		assertThat(OutboxSender.retryAfter(5)).isEqualTo(Duration.ofMinutes(16));
		assertThat(OutboxSender.retryAfter(7)).isEqualTo(Duration.ofHours(1));
		assertThat(OutboxSender.retryAfter(100)).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void aMailServerWithoutTheBaseUrlStopsTheStart() {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("mailSender", new JavaMailSenderImpl());
		MailSettings withoutBaseUrl = new MailSettings("", "noreply@example.nl", LocalTime.of(7, 0), Duration.ofDays(3),
				Duration.ofDays(30));

		assertThatIllegalStateException()
			.isThrownBy(() -> new MailServer(beans.getBeanProvider(JavaMailSender.class), withoutBaseUrl))
			.withMessageContaining("ot.mail.base-url");
		assertThat(new MailServer(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), withoutBaseUrl)
			.isConfigured()).isFalse();
	}

}
