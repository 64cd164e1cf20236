package nl.omgekeerdetoets.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;

/**
 * Starts a real PostgreSQL inside the JVM when no database is configured, so that
 * {@code ./mvnw spring-boot:run} works on a fresh machine. Its data directory survives
 * restarts. The library is an optional dependency, left out of the repackaged jar: a
 * production jar without {@code spring.datasource.url} fails to start, as it should.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnClass(name = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres")
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@ConditionalOnMissingBean({ javax.sql.DataSource.class, JdbcConnectionDetails.class })
class DevelopmentDatabaseAutoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DevelopmentDatabaseAutoConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${ot.dev-database.data-directory}") Path dataDirectory,
			@Value("${ot.dev-database.port}") int port) throws IOException {
		Files.createDirectories(dataDirectory);
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(dataDirectory)
			.setCleanDataDirectory(false)
			.setPort(port)
			.start();
		log.info("No database configured: using the embedded PostgreSQL in {} on port {}",
				dataDirectory.toAbsolutePath(), port);
		return postgres;
	}

	@Bean
	DevelopmentDatabase developmentDatabase(EmbeddedPostgres postgres) {
		return new DevelopmentDatabase(postgres.getJdbcUrl("postgres", "postgres"));
	}

	@Bean
	JdbcConnectionDetails developmentDatabaseConnection(DevelopmentDatabase database) {
		return new JdbcConnectionDetails() {

			@Override
			public String getUsername() {
				return "postgres";
			}

			@Override
			public String getPassword() {
				return "postgres";
			}

			@Override
			public String getJdbcUrl() {
				return database.jdbcUrl();
			}

		};
	}

}
