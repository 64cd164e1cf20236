package nl.omgekeerdetoets.system;

import jakarta.persistence.EntityManager;
import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.TestFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 16: when the database refuses a save, the values of that save (case text) must
 * not reach the application log, neither through Hibernate's error logger, nor through
 * PostgreSQL's error message, nor through the handling of the failed request.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class CaseTextNotLoggedTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aUniqueViolationDoesNotCarryTheValueInItsMessageOrTheLog(CapturedOutput output) {
		String secret = TestFixtures.unique("Mevrouw-de-Vries-heeft-schulden");
		this.jdbc.sql("insert into team (name) values (:name)").param("name", secret).update();
		assertThatThrownBy(() -> this.jdbc.sql("insert into team (name) values (:name)").param("name", secret).update())
			.isInstanceOf(DuplicateKeyException.class)
			.satisfies((ex) -> assertThat(NestedExceptionUtils.getMostSpecificCause(ex).getMessage())
				.as("the driver's message (logServerErrorDetail=false reached this DataSource)")
				.doesNotContain(secret)
				.doesNotContainIgnoringCase("detail"));
		assertThat(appLog(output)).doesNotContain(secret);
	}

	@Test
	void aCheckViolationThroughHibernateIsNotLoggedWithItsRow(CapturedOutput output) {
		String secret = TestFixtures.unique("schuld-bij-de-buurman");
		assertThatThrownBy(() -> this.transactions.executeWithoutResult((status) -> this.entityManager
			.createNativeQuery("insert into account (username, display_name, role, password_hash) "
					+ "values (:username, :name, 'NO_SUCH_ROLE', 'x')")
			.setParameter("username", secret)
			.setParameter("name", "naam " + secret)
			.executeUpdate()))
			.satisfies((ex) -> assertThat(ex).hasStackTraceContaining("account_role_check")
				.hasMessageNotContaining(secret));
		assertThat(appLog(output)).doesNotContain(secret)
			.as("the database's message is not logged at all")
			.doesNotContain("violates check constraint")
			.doesNotContain("HHH000247");
	}

	@Test
	void aFailedRequestIsLoggedWithoutTheExceptionsMessage(CapturedOutput output) throws Exception {
		String secret = TestFixtures.unique("casustekst-over-de-inwoner");
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/cases/1/steps/effect");
		MockHttpServletResponse response = new MockHttpServletResponse();
		new RequestFailureFilter().doFilter(request, response,
				new MockFilterChain(new jakarta.servlet.http.HttpServlet() {

					@Override
					protected void service(jakarta.servlet.http.HttpServletRequest req,
							jakarta.servlet.http.HttpServletResponse res) {
						throw new DataIntegrityViolationException(
								"could not execute statement [Detail: Key (text)=(" + secret + ") already exists]",
								new java.sql.SQLException("value " + secret, "23505"));
					}

				}));
		assertThat(response.getStatus()).isEqualTo(500);
		assertThat(appLog(output)).contains("Request POST /cases/1/steps/effect failed")
			.contains("DataIntegrityViolationException")
			.contains("SQLState 23505")
			.doesNotContain(secret);
	}

	/**
	 * The captured output without the lines of the embedded PostgreSQL's own server log,
	 * which the test database routes into the JVM's output: in production the server logs
	 * elsewhere, under the database administrator's control.
	 */
	private static String appLog(CapturedOutput output) {
		return output.getAll()
			.lines()
			.filter((line) -> !line.contains("i.z.t.d.p.embedded.EmbeddedPostgres"))
			.collect(java.util.stream.Collectors.joining("\n"));
	}

}
