package nl.omgekeerdetoets.system;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import jakarta.servlet.http.Cookie;
import nl.omgekeerdetoets.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Issue 16: anonymous requests must not fill the session table. Only the login page
 * stores a session, because its form carries a CSRF token that lives in the session (see
 * {@link SecurityConfiguration}).
 */
@IntegrationTest
class AnonymousSessionTest {

	static final int REQUESTS = 10;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/health", "/css/app.css", "/", "/cases", "/admin/teams", "/no-such-page",
			"/?lang=en" })
	void anonymousGetsStoreNoSession(String path) {
		long before = sessionRows();
		for (int i = 0; i < REQUESTS; i++) {
			MvcTestResult result = this.mvc.perform(get(path));
			assertThat(result.getResponse().getCookie("SESSION")).as("session cookie").isNull();
		}
		assertThat(sessionRows() - before).isZero();
	}

	@Test
	void theLoginPageStoresOneSessionPerVisitForItsCsrfTokenOnly() {
		long before = sessionRows();
		List<String> sessionIds = new ArrayList<>();
		for (int i = 0; i < REQUESTS; i++) {
			Cookie cookie = this.mvc.perform(get("/login")).getResponse().getCookie("SESSION");
			sessionIds.add(new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8));
		}
		// Measured, not wished: the login form's CSRF token needs a session. The rows
		// hold nothing else (no saved request, no locale).
		assertThat(sessionRows() - before).isEqualTo(REQUESTS);
		assertThat(this.jdbc
			.sql("select distinct a.attribute_name from spring_session_attributes a "
					+ "join spring_session s on s.primary_id = a.session_primary_id where s.session_id in (:ids)")
			.param("ids", sessionIds)
			.query(String.class)
			.list()).containsExactly("org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository.CSRF_TOKEN");
	}

	private long sessionRows() {
		return this.jdbc.sql("select count(*) from spring_session").query(Long.class).single();
	}

}
