package nl.omgekeerdetoets.system;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import jakarta.servlet.http.Cookie;
import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.support.TestFixtures.TestAccount;
import nl.omgekeerdetoets.teams.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/**
 * One setting, server.servlet.session.timeout, decides how long a session in PostgreSQL
 * lives and what the page's warning counts down from.
 */
@IntegrationTest
class SessionTimeoutTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Environment environment;

	@Autowired
	SessionSettings sessionSettings;

	@Autowired
	JdbcIndexedSessionRepository sessions;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aNewSessionLastsAsLongAsTheConfiguredTimeout() {
		Duration configured = this.environment.getRequiredProperty("server.servlet.session.timeout", Duration.class);
		TestAccount consultant = this.fixtures.account(Role.CONSULTANT, this.fixtures.team());
		MvcTestResult login = this.mvc
			.perform(formLogin().user(consultant.getUsername()).password(TestFixtures.PASSWORD));
		assertThat(login).hasRedirectedUrl("/");
		Cookie cookie = login.getResponse().getCookie("SESSION");
		assertThat(cookie).isNotNull();
		String sessionId = new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
		assertThat(this.jdbc.sql("select max_inactive_interval from spring_session where session_id = ?")
			.param(sessionId)
			.query(Integer.class)
			.single()).isEqualTo((int) configured.toSeconds());
		assertThat(this.sessionSettings.timeoutSeconds()).isEqualTo((int) configured.toSeconds());
	}

	@Test
	void theTimeoutSettingReachesTheSessionRepository() {
		JdbcIndexedSessionRepository repository = new JdbcIndexedSessionRepository(new JdbcTemplate(),
				this.transactions);
		new SessionConfiguration().sessionTimeout(Duration.ofMinutes(17)).customize(repository);
		Session created = repository.createSession();
		assertThat(created.getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(17));
		Session fromTheApp = this.sessions.createSession();
		assertThat(fromTheApp.getMaxInactiveInterval())
			.isEqualTo(this.environment.getRequiredProperty("server.servlet.session.timeout", Duration.class));
	}

}
