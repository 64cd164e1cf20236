package nl.omgekeerdetoets.teams;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins in a row per account and locks the account for a while after too
 * many. The state lives in the database, so every app instance enforces the same lock,
 * and each failure is one atomic statement, so parallel attempts cannot slip past the
 * limit.
 */
@Component
public class LoginLockout {

	static final int MAX_FAILED_ATTEMPTS = 5;

	static final Duration LOCK_DURATION = Duration.ofMinutes(15);

	private final JdbcClient jdbc;

	private final Clock clock;

	LoginLockout(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public void recordFailure(String username) {
		Instant lockedUntil = this.clock.instant().plus(LOCK_DURATION);
		this.jdbc.sql("""
				insert into login_lockout (account_id, failed_attempts, locked_until)
				select id, 1, null from account where lower(username) = lower(:username)
				on conflict (account_id) do update set
				  failed_attempts = case when login_lockout.failed_attempts + 1 >= :max then 0
				                         else login_lockout.failed_attempts + 1 end,
				  locked_until = case when login_lockout.failed_attempts + 1 >= :max then :lockedUntil
				                      else login_lockout.locked_until end
				""")
			.param("username", username)
			.param("max", MAX_FAILED_ATTEMPTS)
			.param("lockedUntil", Timestamp.from(lockedUntil))
			.update();
	}

	@Transactional
	public void recordSuccess(long accountId) {
		this.jdbc.sql("delete from login_lockout where account_id = :id").param("id", accountId).update();
	}

	@Transactional
	public void unlock(long accountId) {
		recordSuccess(accountId);
	}

	/** When the account's lock ends, if it is locked now. */
	@Transactional(readOnly = true)
	public Optional<Instant> lockedUntil(long accountId) {
		return this.jdbc.sql("select locked_until from login_lockout where account_id = :id and locked_until > :now")
			.param("id", accountId)
			.param("now", Timestamp.from(this.clock.instant()))
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant);
	}

}
