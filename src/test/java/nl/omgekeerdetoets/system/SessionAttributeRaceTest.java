package nl.omgekeerdetoets.system;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import nl.omgekeerdetoets.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16: two requests of one new session that both store the same new attribute (the
 * lazily created CSRF token) must both succeed.
 */
@IntegrationTest
class SessionAttributeRaceTest {

	@Autowired
	JdbcIndexedSessionRepository sessions;

	@Test
	void twoRequestsStoringTheSameNewAttributeBothSucceed() {
		storeTheSameNewAttributeTwice(this.sessions);
	}

	@Test
	void parallelFirstRequestsOfOneSessionNeverFail() throws Exception {
		storeInParallel(this.sessions);
	}

	private static <S extends Session> void storeTheSameNewAttributeTwice(SessionRepository<S> sessions) {
		S created = sessions.createSession();
		sessions.save(created);
		// Each request loads the session before either of them saved the attribute.
		S first = sessions.findById(created.getId());
		S second = sessions.findById(created.getId());
		first.setAttribute("token", "from the first request");
		second.setAttribute("token", "from the second request");
		sessions.save(first);
		sessions.save(second);
		assertThat((String) sessions.findById(created.getId()).getAttribute("token"))
			.isEqualTo("from the second request");
	}

	private static <S extends Session> void storeInParallel(SessionRepository<S> sessions) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 20; round++) {
				S created = sessions.createSession();
				sessions.save(created);
				CyclicBarrier together = new CyclicBarrier(2);
				List<Future<?>> requests = new ArrayList<>();
				for (int request = 0; request < 2; request++) {
					requests.add(pool.submit(() -> {
						S session = sessions.findById(created.getId());
						session.setAttribute(
								"org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository" + ".CSRF_TOKEN",
								Thread.currentThread().getName());
						together.await();
						sessions.save(session);
						return null;
					}));
				}
				for (Future<?> request : requests) {
					request.get(30, TimeUnit.SECONDS);
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

}
