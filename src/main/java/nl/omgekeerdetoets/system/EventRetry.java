package nl.omgekeerdetoets.system;

import java.time.Duration;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Hands events whose listener failed (the audit log or a notification could not be
 * written, say while the database was away) to their listeners again, so that they are
 * not only retried at the next start. Old enough not to race a listener still running.
 * With several instances on one database only one of them retries in a turn (a ShedLock
 * lock in PostgreSQL, as the retention run takes): two instances handing the same event
 * to its listener at once would notify a consultant twice.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class EventRetry {

	static final String LOCK = "event-retry";

	/**
	 * Longer than any retry; a retry killed while holding the lock frees it after this.
	 */
	private static final Duration AT_MOST = Duration.ofMinutes(10);

	/** The other instances skip the turn that one has taken. */
	private static final Duration AT_LEAST = Duration.ofSeconds(30);

	private final IncompleteEventPublications incomplete;

	private final Duration minimumAge;

	private final LockingTaskExecutor executor;

	EventRetry(IncompleteEventPublications incomplete, @Value("${ot.events.retry-after:PT1M}") Duration minimumAge,
			DataSource dataSource) {
		this.incomplete = incomplete;
		this.minimumAge = minimumAge;
		this.executor = new DefaultLockingTaskExecutor(
				new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
					.withJdbcTemplate(new JdbcTemplate(dataSource))
					.usingDbTime()
					.build()));
	}

	@Scheduled(fixedDelayString = "${ot.events.retry-every:PT1M}", initialDelayString = "${ot.events.retry-every:PT1M}")
	void retryFailedEvents() {
		this.executor.executeWithLock(
				(Runnable) () -> this.incomplete.resubmitIncompletePublicationsOlderThan(this.minimumAge),
				new LockConfiguration(ClockProvider.now(), LOCK, AT_MOST, AT_LEAST));
	}

}
