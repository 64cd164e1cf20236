package nl.omgekeerdetoets.system;

import jakarta.servlet.RequestDispatcher;
import nl.omgekeerdetoets.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Issue 16: while PostgreSQL cannot be reached, a request gets a friendly 503 page (in
 * the user's language) instead of a 500, and the next request simply tries again.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class DatabaseUnavailableTest {

	@Autowired
	MockMvcTester mvc;

	@Test
	void noConnectionBecomesThe503PageWithoutTheSession(CapturedOutput output) throws Exception {
		MockHttpServletResponse response = failWith(new CannotCreateTransactionException(
				"Could not open JPA " + "EntityManager",
				new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
						new java.sql.SQLTransientConnectionException("HikariPool-1 - Connection is not available"))));
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo(RequestFailureFilter.RETRY_AFTER_SECONDS);
		assertThat(response.getForwardedUrl()).isEqualTo("/error");
		assertThat(output).contains("Database unavailable for GET /cases");
	}

	@Test
	void aBrokenConnectionIsUnavailableTooButARefusedStatementIsNot() {
		assertThat(RequestFailureFilter
			.isDatabaseUnavailable(new RuntimeException(new java.sql.SQLException("I/O error", "08006")))).isTrue();
		assertThat(RequestFailureFilter
			.isDatabaseUnavailable(new RuntimeException(new java.sql.SQLException("shutting down", "57P01")))).isTrue();
		assertThat(RequestFailureFilter.isDatabaseUnavailable(
				new DataIntegrityViolationException("duplicate", new java.sql.SQLException("duplicate", "23505"))))
			.isFalse();
	}

	@Test
	void the503PageExplainsInDutchAndEnglish() {
		assertThat(this.mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 503)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/cases")
			.accept(MediaType.TEXT_HTML)
			.header("Accept-Language", "nl"))).hasStatus(503).bodyText().contains("Even niet beschikbaar");
		assertThat(this.mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 503)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/cases")
			.accept(MediaType.TEXT_HTML)
			.header("Accept-Language", "en"))).hasStatus(503).bodyText().contains("Temporarily unavailable");
	}

	private static MockHttpServletResponse failWith(RuntimeException failure) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/cases");
		MockHttpServletResponse response = new MockHttpServletResponse();
		new RequestFailureFilter().doFilter(request, response,
				new MockFilterChain(new jakarta.servlet.http.HttpServlet() {

					@Override
					protected void service(jakarta.servlet.http.HttpServletRequest req,
							jakarta.servlet.http.HttpServletResponse res) {
						throw failure;
					}

				}));
		return response;
	}

}
