package nl.omgekeerdetoets.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many mails wait in the outbox, for the monitoring: a number that keeps growing
 * means the mail server is away or refuses. (A mail server that is away does not make the
 * app unhealthy: the outbox rides it out, so the mail health check is off.) Read from the
 * outbox's partial index when a scrape asks, at most every {@link #FRESH_FOR}.
 */
@Component
class OutboxMetrics {

	static final Duration FRESH_FOR = Duration.ofSeconds(30);

	private final JdbcClient jdbc;

	private final Clock clock;

	private Instant readAt = Instant.MIN;

	private long waiting;

	OutboxMetrics(JdbcClient jdbc, Clock clock, MeterRegistry registry, MailServer server) {
		this.jdbc = jdbc;
		this.clock = clock;
		if (server.isConfigured()) {
			Gauge.builder("ot.mail.outbox.waiting", this, OutboxMetrics::waiting)
				.description("Mails waiting in the outbox, digests included")
				.register(registry);
		}
	}

	synchronized double waiting() {
		Instant now = this.clock.instant();
		if (Duration.between(this.readAt, now).compareTo(FRESH_FOR) >= 0) {
			this.waiting = this.jdbc.sql("select count(*) from mail_outbox where status = 'PENDING'")
				.query(Long.class)
				.single();
			this.readAt = now;
		}
		return this.waiting;
	}

}
