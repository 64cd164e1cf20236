package nl.omgekeerdetoets.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The one real PostgreSQL all tests of a JVM share, so that Spring's context cache can
 * reuse contexts. In order of preference: the database named by {@code TEST_DATABASE_URL}
 * (with {@code TEST_DATABASE_USERNAME} and {@code TEST_DATABASE_PASSWORD}), a
 * Testcontainers container when a Docker engine is reachable, or an embedded PostgreSQL
 * started inside the JVM. Never H2: the tests run against the database the app runs on.
 */
public final class TestDatabase {

	private static volatile Connection connection;

	private TestDatabase() {
	}

	public static Connection get() {
		if (connection == null) {
			synchronized (TestDatabase.class) {
				if (connection == null) {
					connection = start();
				}
			}
		}
		return connection;
	}

	private static Connection start() {
		String url = System.getenv("TEST_DATABASE_URL");
		if (url != null && !url.isBlank()) {
			return new Connection(url, System.getenv("TEST_DATABASE_USERNAME"), System.getenv("TEST_DATABASE_PASSWORD"),
					"configured");
		}
		if (DockerClientFactory.instance().isDockerAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
			container.start();
			return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
					"Testcontainers");
		}
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException ex) {
					// The JVM is going away; the temporary data directory goes with it.
				}
			}));
			return new Connection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", "embedded");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL for the tests", ex);
		}
	}

	public record Connection(String url, String username, String password, String source) {

		/**
		 * A database of this name on the tests' server, created anew (one left by an
		 * earlier run is dropped), for a test whose data must not meet the others'.
		 */
		public DataSource freshDatabase(String name) {
			JdbcClient admin = JdbcClient.create(new DriverManagerDataSource(this.url, this.username, this.password));
			admin.sql("drop database if exists " + name).update();
			admin.sql("create database " + name).update();
			return new DriverManagerDataSource(this.url.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1"),
					this.username, this.password);
		}

	}

}
