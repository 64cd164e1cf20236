package nl.omgekeerdetoets.privacy;

import java.time.Duration;
import java.util.Optional;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import nl.omgekeerdetoets.audit.AuditLog;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs retention every night, on one instance only: the run takes a ShedLock lock in
 * PostgreSQL, and an instance that finds it taken skips its turn. An admin's "run now"
 * takes the same lock.
 */
@Component
class RetentionJob {

	static final String LOCK = "retention";

	/** Longer than any run; a run killed while holding the lock frees it after this. */
	private static final Duration AT_MOST = Duration.ofHours(6);

	/**
	 * The nightly turn keeps the lock a while, so that an instance whose clock runs a
	 * little late does not start a second (empty) run right after the first.
	 */
	static final Duration NIGHTLY_AT_LEAST = Duration.ofMinutes(10);

	private final LockingTaskExecutor executor;

	private final RetentionRun run;

	@org.springframework.beans.factory.annotation.Autowired
	RetentionJob(DataSource dataSource, RetentionRun run) {
		this(lockProvider(dataSource), run);
	}

	/** With a lock provider of its own: as a second instance would have, in tests. */
	RetentionJob(LockProvider lockProvider, RetentionRun run) {
		this.executor = new DefaultLockingTaskExecutor(lockProvider);
		this.run = run;
	}

	static LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build());
	}

	@Scheduled(cron = "${ot.retention.cron:0 30 2 * * *}", zone = "Europe/Amsterdam")
	void nightly() {
		runLocked(AuditLog.SYSTEM, NIGHTLY_AT_LEAST);
	}

	/**
	 * Runs retention unless another run holds the lock.
	 * @return what the run did, or empty when another run was busy
	 */
	Optional<RetentionRun.Result> runLocked(String startedBy, Duration atLeast) {
		try {
			LockingTaskExecutor.TaskResult<RetentionRun.Result> result = this.executor.executeWithLock(
					() -> this.run.run(startedBy), new LockConfiguration(ClockProvider.now(), LOCK, AT_MOST, atLeast));
			return result.wasExecuted() ? Optional.of(result.getResult()) : Optional.empty();
		}
		catch (RuntimeException | Error ex) {
			throw ex;
		}
		catch (Throwable ex) {
			throw new IllegalStateException(ex);
		}
	}

}
