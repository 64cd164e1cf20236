package nl.omgekeerdetoets.support;

import java.sql.Timestamp;
import java.time.Instant;

import jakarta.servlet.http.Cookie;
import nl.omgekeerdetoets.support.StatementRecorder.Recording;
import nl.omgekeerdetoets.support.TestFixtures.TestAccount;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Pages requested as a signed-in browser requests them (the session from its cookie),
 * with every SQL statement each sends recorded: for the tests that count them.
 */
public final class SignedInPages {

	private final MockMvcTester mvc;

	private final StatementRecorder recorder;

	private final JdbcClient jdbc;

	private final Timestamp since = Timestamp.from(Instant.now());

	public SignedInPages(MockMvcTester mvc, StatementRecorder recorder, JdbcClient jdbc) {
		this.mvc = mvc;
		this.recorder = recorder;
		this.jdbc = jdbc;
	}

	/** Signs in with the password form; answers the session's cookie. */
	public Cookie logIn(TestAccount account) {
		return this.mvc.perform(formLogin().user(account.getUsername()).password(TestFixtures.PASSWORD))
			.getResponse()
			.getCookie("SESSION");
	}

	/**
	 * The statements of a page, which must answer 200. The first visit may create what a
	 * session keeps (the form token): the second is measured, as a user clicking on.
	 */
	public Recording record(String url, Cookie session) throws Exception {
		awaitListeners();
		this.mvc.perform(get(url).cookie(session));
		awaitListeners();
		return this.recorder.record(() -> {
			assertThat(this.mvc.perform(get(url).cookie(session))).as(url).hasStatusOk();
			return null;
		});
	}

	/**
	 * Lets the listeners of the events published since this object was made finish first,
	 * so that their statements are not counted as a page's.
	 */
	public void awaitListeners() {
		await().until(
				() -> this.jdbc
					.sql("select count(*) from event_publication where completion_date is null "
							+ "and publication_date >= :since")
					.param("since", this.since)
					.query(Long.class)
					.single() == 0);
	}

}
