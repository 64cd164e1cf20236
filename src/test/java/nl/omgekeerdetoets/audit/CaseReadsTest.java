package nl.omgekeerdetoets.audit;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.logging.Logger;

import javax.sql.DataSource;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nl.omgekeerdetoets.cases.CaseFixtures;
import nl.omgekeerdetoets.cases.CaseSummary;
import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.support.TestFixtures.TestTeam;
import nl.omgekeerdetoets.teams.Role;
import nl.omgekeerdetoets.teams.SignedInUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Logging who read a case does not hold the page (issue 14): a lead's read is not written
 * in the request but by the next batch, and a batch that cannot be written is reported,
 * kept and written once when the database answers again.
 */
@IntegrationTest
class CaseReadsTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	CaseFixtures caseFixtures;

	@Autowired
	CaseReads caseReads;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	SignedInUser lead;

	CaseSummary c;

	@BeforeEach
	void aCaseAndItsLead() {
		TestTeam team = this.fixtures.team();
		SignedInUser consultant = this.fixtures.signedIn(this.fixtures.account(Role.CONSULTANT, team));
		this.lead = this.fixtures.signedIn(this.fixtures.account(Role.TEAM_LEAD, team));
		this.c = this.caseFixtures.submitted(consultant);
		this.caseReads.flush();
	}

	@AfterEach
	void clearContext() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aLeadsReadIsWrittenByTheNextBatchNotInThePagesRequest() {
		assertThat(this.mvc.perform(get("/cases/{id}", this.c.id()).with(user(this.lead)))).hasStatusOk();
		assertThat(reads()).as("nothing written while the page was served").isZero();

		this.caseReads.flush();
		assertThat(this.jdbc
			.sql("select actor || ' ' || subject_label || ' ' || detail from audit_event "
					+ "where action = 'CASE_READ' and subject_id = ?")
			.param(this.c.id())
			.query(String.class)
			.list()).containsExactly(
					this.lead.getUsername() + " " + this.c.reference() + " role=TEAM_LEAD; page=GET /cases/{id}");
	}

	@Test
	void readsThatCannotBeWrittenAreReportedKeptAndWrittenOnceWhenTheDatabaseIsBack() {
		SwitchableDataSource database = new SwitchableDataSource(this.dataSource);
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		CaseReads reads = new CaseReads(new JdbcTemplate(database),
				new TransactionTemplate(new JdbcTransactionManager(database)), Clock.systemUTC(), meters);
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(this.lead, null, this.lead.getAuthorities()));
		reads.other(this.c.id(), this.c.reference(), "role=TEAM_LEAD; page=GET /cases/{id}");
		reads.own(this.c.id(), this.c.reference(), "eigenaar", LocalDate.now(), Instant.now());

		database.down = true;
		reads.flush();
		assertThat(meters.counter("ot.access.log.failures").count()).as("both batches reported").isEqualTo(2);
		assertThat(meters.get("ot.access.log.pending").gauge().value()).isEqualTo(2);
		assertThat(reads()).isZero();

		database.down = false;
		reads.flush();
		reads.flush();
		assertThat(reads()).as("written once").isOne();
		assertThat(this.jdbc.sql("select sum(times) from case_own_read where case_id = ?")
			.param(this.c.id())
			.query(Long.class)
			.single()).isOne();
		assertThat(meters.get("ot.access.log.pending").gauge().value()).isZero();
	}

	private long reads() {
		return this.jdbc.sql("select count(*) from audit_event where action = 'CASE_READ' and subject_id = ?")
			.param(this.c.id())
			.query(Long.class)
			.single();
	}

	/**
	 * The real database, with a switch that makes it unreachable, as a lost connection.
	 */
	static final class SwitchableDataSource implements DataSource {

		private final DataSource database;

		volatile boolean down;

		SwitchableDataSource(DataSource database) {
			this.database = database;
		}

		@Override
		public Connection getConnection() throws SQLException {
			if (this.down) {
				throw new SQLTransientConnectionException("database unreachable");
			}
			return this.database.getConnection();
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return getConnection();
		}

		@Override
		public PrintWriter getLogWriter() {
			return null;
		}

		@Override
		public void setLogWriter(PrintWriter out) {
		}

		@Override
		public void setLoginTimeout(int seconds) {
		}

		@Override
		public int getLoginTimeout() {
			return 0;
		}

		@Override
		public Logger getParentLogger() throws SQLFeatureNotSupportedException {
			throw new SQLFeatureNotSupportedException();
		}

		@Override
		public <T> T unwrap(Class<T> iface) throws SQLException {
			throw new SQLException("not a wrapper");
		}

		@Override
		public boolean isWrapperFor(Class<?> iface) {
			return false;
		}

	}

}
