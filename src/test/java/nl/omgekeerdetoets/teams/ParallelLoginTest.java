package nl.omgekeerdetoets.teams;

import nl.omgekeerdetoets.support.TestFixtures.TestAccount;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.TestFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/**
 * Issue 16: a burst of parallel wrong guesses must not get more password checks than the
 * lock allows, and a right guess after the burst must be refused.
 */
@IntegrationTest
class ParallelLoginTest {

	static final int BURST = 20;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	AccountUserDetailsService accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	LoginLockout lockout;

	@Autowired
	AuthenticationEventPublisher events;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SingleSignOnSettings singleSignOn;

	@Test
	void parallelWrongGuessesGetAtMostFivePasswordChecksAndThenTheRightOneIsRefused() throws Exception {
		TestAccount consultant = this.fixtures.account(Role.CONSULTANT, this.fixtures.team());
		CountingPasswordEncoder counting = new CountingPasswordEncoder(this.passwordEncoder);
		ProviderManager authentication = new ProviderManager(
				new LockoutAuthenticationProvider(this.accounts, counting, this.lockout, this.singleSignOn));
		authentication.setAuthenticationEventPublisher(this.events);

		List<Throwable> outcomes = inParallel(BURST, () -> {
			try {
				authentication.authenticate(UsernamePasswordAuthenticationToken
					.unauthenticated(consultant.getUsername(), "wrong-guess-" + System.nanoTime()));
				return null;
			}
			catch (AuthenticationException refused) {
				return refused;
			}
		});

		assertThat(outcomes).hasSize(BURST).allSatisfy((outcome) -> assertThat(outcome).isNotNull());
		assertThat(counting.checks.get()).isLessThanOrEqualTo(LoginLockout.MAX_FAILED_ATTEMPTS);
		assertThat(this.lockout.lockedUntil(consultant.getId())).isPresent();
		int checksBefore = counting.checks.get();
		assertThatThrownBy(() -> authentication.authenticate(
				UsernamePasswordAuthenticationToken.unauthenticated(consultant.getUsername(), TestFixtures.PASSWORD)))
			.isInstanceOf(LockedException.class);
		assertThat(counting.checks.get()).as("no password check while locked").isEqualTo(checksBefore);
	}

	@Test
	void parallelBurstThroughTheLoginFormLocksTheAccount() throws Exception {
		TestAccount consultant = this.fixtures.account(Role.CONSULTANT, this.fixtures.team());

		List<MvcTestResult> results = inParallel(BURST, () -> this.mvc
			.perform(formLogin("/login").user(consultant.getUsername()).password("wrong-" + System.nanoTime())));

		assertThat(results).allSatisfy((result) -> assertThat(result).hasRedirectedUrl("/login?error"));
		Integer attempts = this.jdbc.sql("select failed_attempts from login_lockout where account_id = :id")
			.param("id", consultant.getId())
			.query(Integer.class)
			.single();
		assertThat(attempts).as("password checks counted").isEqualTo(LoginLockout.MAX_FAILED_ATTEMPTS);
		assertThat(this.mvc.perform(formLogin("/login").user(consultant.getUsername()).password(TestFixtures.PASSWORD)))
			.hasRedirectedUrl("/login?error");
	}

	@Test
	void anExpiredLockStartsANewCount() {
		TestAccount consultant = this.fixtures.account(Role.CONSULTANT, this.fixtures.team());
		this.jdbc
			.sql("insert into login_lockout (account_id, failed_attempts, locked_until) "
					+ "values (:id, 5, now() - interval '1 minute')")
			.param("id", consultant.getId())
			.update();
		assertThat(this.mvc.perform(formLogin("/login").user(consultant.getUsername()).password(TestFixtures.PASSWORD)))
			.hasRedirectedUrl("/");
		assertThat(this.lockout.lockedUntil(consultant.getId())).isEmpty();
	}

	/** Runs the task on {@code count} threads that start at the same moment. */
	private static <T> List<T> inParallel(int count, Callable<T> task) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(count);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				futures.add(pool.submit(() -> {
					start.await();
					return task.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get(60, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** Counts how often a password is actually compared with the stored hash. */
	static final class CountingPasswordEncoder implements PasswordEncoder {

		final AtomicInteger checks = new AtomicInteger();

		private final PasswordEncoder delegate;

		CountingPasswordEncoder(PasswordEncoder delegate) {
			this.delegate = delegate;
		}

		@Override
		public String encode(CharSequence rawPassword) {
			return this.delegate.encode(rawPassword);
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			this.checks.incrementAndGet();
			return this.delegate.matches(rawPassword, encodedPassword);
		}

		@Override
		public boolean upgradeEncoding(String encodedPassword) {
			return this.delegate.upgradeEncoding(encodedPassword);
		}

	}

}
