package nl.omgekeerdetoets.support;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Points a test's application context at the shared {@link TestDatabase}. Because it
 * supplies the connection details, the app's own embedded development database stays off
 * in tests, and so does the demo data.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	@Bean
	JdbcConnectionDetails testDatabaseConnection() {
		TestDatabase.Connection database = TestDatabase.get();
		return new JdbcConnectionDetails() {

			@Override
			public String getJdbcUrl() {
				return database.url();
			}

			@Override
			public String getUsername() {
				return database.username();
			}

			@Override
			public String getPassword() {
				return database.password();
			}

		};
	}

}
