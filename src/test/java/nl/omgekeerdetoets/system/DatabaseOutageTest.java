package nl.omgekeerdetoets.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, measured for real: the app gets its own PostgreSQL, which the test stops and
 * starts again. While it is down a page answers the 503 page within a few seconds (not
 * the pool's 30 s); once it is back the same page works again without a restart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DatabaseOutageTest {

	private static final Database database = new Database();

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@AfterAll
	static void stopDatabase() {
		database.stop();
	}

	@Test
	void whileTheDatabaseIsDownPagesAnswer503AndRecoverWhenItIsBack() throws Exception {
		assertThat(get("/login").statusCode()).isEqualTo(200);

		database.stop();
		long started = System.nanoTime();
		HttpResponse<String> down = get("/login");
		Duration waited = Duration.ofNanos(System.nanoTime() - started);
		assertThat(down.statusCode()).isEqualTo(503);
		assertThat(down.body()).contains("Even niet beschikbaar");
		assertThat(down.headers().firstValue("Retry-After")).hasValue(RequestFailureFilter.RETRY_AFTER_SECONDS);
		assertThat(waited).isLessThan(Duration.ofSeconds(15));

		database.start();
		// Hikari reconnects by itself; between failed attempts it backs off up to 5 s, so
		// the first requests after the restart may still get the 503 page.
		long restarted = System.nanoTime();
		int status = get("/login").statusCode();
		while (status != 200 && System.nanoTime() - restarted < Duration.ofSeconds(30).toNanos()) {
			Thread.sleep(500);
			status = get("/login").statusCode();
		}
		assertThat(status).as("status after the database came back").isEqualTo(200);
		System.out.printf("Database outage: 503 after %d ms; recovered %d ms after the restart%n", waited.toMillis(),
				Duration.ofNanos(System.nanoTime() - restarted).toMillis());
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html")
			.header("Accept-Language", "nl")
			.timeout(Duration.ofSeconds(60))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class OwnDatabase {

		@Bean
		JdbcConnectionDetails outageDatabaseConnection() {
			return new JdbcConnectionDetails() {

				@Override
				public String getJdbcUrl() {
					return "jdbc:postgresql://localhost:" + database.port + "/postgres";
				}

				@Override
				public String getUsername() {
					return "postgres";
				}

				@Override
				public String getPassword() {
					return "postgres";
				}

			};
		}

	}

	/** An embedded PostgreSQL on a fixed port and data directory, so it can come back. */
	private static final class Database {

		private final int port;

		private final Path directory;

		private EmbeddedPostgres postgres;

		Database() {
			try (ServerSocket socket = new ServerSocket(0)) {
				this.port = socket.getLocalPort();
				this.directory = Files.createTempDirectory("outage-postgres");
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			start();
		}

		synchronized void start() {
			try {
				this.postgres = EmbeddedPostgres.builder()
					.setDataDirectory(this.directory)
					.setCleanDataDirectory(false)
					.setPort(this.port)
					.start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		synchronized void stop() {
			if (this.postgres != null) {
				try {
					this.postgres.close();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				this.postgres = null;
			}
		}

	}

}
