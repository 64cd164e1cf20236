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
 * Limits password guesses per account: at most {@value #MAX_FAILED_ATTEMPTS} passwords
 * are checked in a row without a success, then the account is locked for
 * {@link #LOCK_DURATION}.
 * <p>
 * Counting failures after the password check let a parallel burst through: every guess
 * passed the lock check before any failure was counted (issue 16: 38 guesses left the
 * count at 3). So each guess is <em>admitted</em> before its password is checked, in one
 * atomic statement that reserves an attempt, and that refuses once the allowed attempts
 * are used up or the account is locked. A success gives the attempts back. The state
 * lives in PostgreSQL, so every app instance counts the same attempts.
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

	/**
	 * Reserves one password check for the account; false when it may not have one now.
	 * The reservation counts as a failure until {@link #recordSuccess} gives it back, so
	 * a guess whose outcome is still being computed already counts. The attempt that uses
	 * the last one sets the lock at once: the row lock of this upsert serialises parallel
	 * guesses, and those that come after it find the account locked. An expired lock
	 * starts a new count.
	 */
	@Transactional
	public boolean admit(long accountId) {
		Instant now = this.clock.instant();
		return this.jdbc
			.sql("""
					insert into login_lockout (account_id, failed_attempts, locked_until)
					values (:id, 1, null)
					on conflict (account_id) do update set
					  failed_attempts = case when login_lockout.locked_until <= cast(:now as timestamptz) then 1
					                         else login_lockout.failed_attempts + 1 end,
					  locked_until = case when login_lockout.locked_until <= cast(:now as timestamptz) then null
					                      when login_lockout.failed_attempts + 1 >= :max then cast(:lockedUntil as timestamptz)
					                      else null end
					where login_lockout.locked_until is null or login_lockout.locked_until <= cast(:now as timestamptz)
					returning failed_attempts
					""")
			.param("id", accountId)
			.param("max", MAX_FAILED_ATTEMPTS)
			.param("now", Timestamp.from(now))
			.param("lockedUntil", Timestamp.from(now.plus(LOCK_DURATION)))
			.query(Integer.class)
			.optional()
			.isPresent();
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
