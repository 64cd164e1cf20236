package nl.omgekeerdetoets.support;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Statements run by PostgreSQL with {@code EXPLAIN (ANALYZE, BUFFERS)} in a database of
 * their own, migrated by the app's Flyway scripts: for the tests that hold a statement's
 * plan to what it may read on generated data (the plans depend on the data, and the other
 * tests' small tables must not be slowed down by it).
 */
public final class QueryPlans {

	private static final Pattern HIT = Pattern.compile("hit=(\\d+)");

	private static final Pattern READ = Pattern.compile("read=(\\d+)");

	private final JdbcClient jdbc;

	private QueryPlans(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Creates the database anew and migrates it to the app's latest version. */
	public static QueryPlans inDatabase(String name) {
		DataSource database = TestDatabase.get().freshDatabase(name);
		Flyway.configure().dataSource(database).load().migrate();
		return new QueryPlans(JdbcClient.create(database));
	}

	/** For the test's data. */
	public JdbcClient jdbc() {
		return this.jdbc;
	}

	/** The plan's lines, as run. */
	public List<String> explain(String sql, Map<String, ?> params) {
		return this.jdbc.sql("explain (analyze, buffers) " + sql).params(params).query(String.class).list();
	}

	/** The plan as one text, for a failure's message. */
	public String plan(String sql, Map<String, ?> params) {
		return String.join("\n", explain(sql, params));
	}

	/**
	 * Shared buffers hit or read by the whole plan: the first "Buffers:" line of the plan
	 * belongs to its top node, which counts those of the nodes below it.
	 */
	public long buffers(String sql, Map<String, ?> params) {
		String buffers = explain(sql, params).stream()
			.filter((line) -> line.trim().startsWith("Buffers:"))
			.findFirst()
			.orElseThrow();
		Matcher hit = HIT.matcher(buffers);
		Matcher read = READ.matcher(buffers);
		return (hit.find() ? Long.parseLong(hit.group(1)) : 0) + (read.find() ? Long.parseLong(read.group(1)) : 0);
	}

}
