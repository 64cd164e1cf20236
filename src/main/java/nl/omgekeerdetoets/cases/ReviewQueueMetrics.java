package nl.omgekeerdetoets.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The length of the review queue across all teams, for the monitoring: cases submitted
 * and waiting for a lead. Read from the queue's own partial index when a scrape asks, at
 * most every {@link #FRESH_FOR}, so that a busy scraper does not become a load.
 */
@Component
class ReviewQueueMetrics {

	static final Duration FRESH_FOR = Duration.ofSeconds(30);

	private final JdbcClient jdbc;

	private final Clock clock;

	private Instant readAt = Instant.MIN;

	private long length;

	ReviewQueueMetrics(JdbcClient jdbc, Clock clock, MeterRegistry registry) {
		this.jdbc = jdbc;
		this.clock = clock;
		Gauge.builder("ot.review.queue", this, ReviewQueueMetrics::length)
			.description("Cases waiting for review, all teams")
			.register(registry);
	}

	synchronized double length() {
		Instant now = this.clock.instant();
		if (Duration.between(this.readAt, now).compareTo(FRESH_FOR) >= 0) {
			this.length = this.jdbc.sql("select count(*) from case_file where status = 'IN_REVIEW'")
				.query(Long.class)
				.single();
			this.readAt = now;
		}
		return this.length;
	}

}
