package nl.omgekeerdetoets.privacy;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import nl.omgekeerdetoets.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: the access log of one case (a subject access report asks for all of it) reads
 * that case's lines through an index on the reference, not every case event of the
 * period. 400,000 case reads of 20,000 cases over two years, in a database of its own
 * migrated by the app's Flyway scripts; PostgreSQL runs the statement with
 * {@code EXPLAIN (ANALYZE, BUFFERS)}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessLogPlansTest {

	static final int EVENTS = 400_000;

	/**
	 * The case's 20 lines, each with its check of its reader's hour, and the accounts.
	 */
	static final long BUFFER_BOUND = 500;

	JdbcClient jdbc;

	@BeforeAll
	void fourHundredThousandCaseReads() {
		TestDatabase.Connection server = TestDatabase.get();
		JdbcClient admin = JdbcClient
			.create(new DriverManagerDataSource(server.url(), server.username(), server.password()));
		admin.sql("drop database if exists access_log_plans").update();
		admin.sql("create database access_log_plans").update();
		DataSource plans = new DriverManagerDataSource(
				server.url().replaceFirst("/[^/?]+(\\?|$)", "/access_log_plans$1"), server.username(),
				server.password());
		Flyway.configure().dataSource(plans).load().migrate();
		this.jdbc = JdbcClient.create(plans);
		// Read by 50 accounts, in no relation to where a row lies in the table.
		this.jdbc.sql("""
				insert into audit_event (occurred_at, actor, action, subject_type, subject_id, subject_label, detail)
				select now() - ((n::bigint * 7919) % 1051200) * interval '1 minute', 'lezer' || (n % 50), 'CASE_READ',
				       'CASE', n % 20000, 'P-' || (n % 20000), 'role=CONSULTANT; page=/cases/' || (n % 20000)
				from generate_series(1, :events) as n
				""").param("events", EVENTS).update();
		this.jdbc.sql("vacuum analyze").update();
	}

	@Test
	void theLinesOfOneCaseReadABoundedNumberOfBuffers() {
		Map<String, Object> params = params("P-1234");
		assertThat(this.jdbc.sql(AccessLog.LINES).params(params).query((row, n) -> 1).list()).hasSize(20);
		assertThat(buffers(AccessLog.LINES, params)).as(() -> plan(AccessLog.LINES, params))
			.isLessThanOrEqualTo(BUFFER_BOUND);
	}

	@Test
	void readingEveryCaseEventWouldCostFarMore() {
		assertThat(buffers("select count(detail) from audit_event where subject_type = 'CASE'", Map.of()))
			.isGreaterThan(10 * BUFFER_BOUND);
	}

	/** As a subject access report asks: all time, one reference, every line. */
	private static Map<String, Object> params(String reference) {
		LocalDate from = LocalDate.of(2000, 1, 1);
		LocalDate to = LocalDate.now().plusDays(1);
		Map<String, Object> params = new HashMap<>();
		params.put("actions", AccessLog.ACTIONS);
		params.put("fromAt", from.atStartOfDay().atOffset(ZoneOffset.UTC));
		params.put("toAt", to.atStartOfDay().atOffset(ZoneOffset.UTC));
		params.put("from", Date.valueOf(from));
		params.put("to", Date.valueOf(to));
		params.put("reference", reference);
		params.put("account", "");
		params.put("many", AccessLog.MANY_CASES);
		params.put("unusual", false);
		return params;
	}

	private long buffers(String sql, Map<String, Object> params) {
		String buffers = lines(sql, params).stream()
			.filter((line) -> line.trim().startsWith("Buffers:"))
			.findFirst()
			.orElseThrow();
		Matcher hit = HIT.matcher(buffers);
		Matcher read = READ.matcher(buffers);
		return (hit.find() ? Long.parseLong(hit.group(1)) : 0) + (read.find() ? Long.parseLong(read.group(1)) : 0);
	}

	private String plan(String sql, Map<String, Object> params) {
		return String.join("\n", lines(sql, params));
	}

	private List<String> lines(String sql, Map<String, Object> params) {
		return this.jdbc.sql("explain (analyze, buffers) " + sql).params(params).query(String.class).list();
	}

	private static final Pattern HIT = Pattern.compile("hit=(\\d+)");

	private static final Pattern READ = Pattern.compile("read=(\\d+)");

}
