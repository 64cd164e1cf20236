package nl.omgekeerdetoets.system;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import javax.sql.DataSource;

import nl.omgekeerdetoets.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: with several instances on one database, failed events are handed to their
 * listeners again by one instance per turn, not by each: two "instances" of the retry
 * share the lock table in the real database.
 */
@IntegrationTest
class EventRetryLockTest {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Test
	void oneInstanceRetriesPerTurn() {
		this.jdbc.sql("delete from shedlock where name = ?").param(EventRetry.LOCK).update();
		CountingPublications resubmitted = new CountingPublications();
		EventRetry first = new EventRetry(resubmitted, Duration.ofMinutes(1), this.dataSource);
		EventRetry second = new EventRetry(resubmitted, Duration.ofMinutes(1), this.dataSource);

		first.retryFailedEvents();
		second.retryFailedEvents();

		assertThat(resubmitted.calls).hasValue(1);
	}

	/** Counts the turns instead of resubmitting: only who gets a turn is tested here. */
	static final class CountingPublications implements IncompleteEventPublications {

		final AtomicInteger calls = new AtomicInteger();

		@Override
		public void resubmitIncompletePublications(Predicate<EventPublication> filter) {
			this.calls.incrementAndGet();
		}

		@Override
		public void resubmitIncompletePublicationsOlderThan(Duration duration) {
			this.calls.incrementAndGet();
		}

		@Override
		public void resubmitIncompletePublications(ResubmissionOptions options) {
			this.calls.incrementAndGet();
		}

	}

}
