package nl.omgekeerdetoets.system;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;

/**
 * HTTP sessions live in PostgreSQL, so that several app instances behind a load balancer
 * serve the same users and a restart does not sign anyone out. Flyway creates the tables
 * (V1). A session ends after {@code server.servlet.session.timeout} of inactivity, which
 * {@code @EnableJdbcHttpSession} would otherwise ignore.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession
class SessionConfiguration {

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTimeout(
			@Value("${server.servlet.session.timeout}") Duration timeout) {
		return (repository) -> repository.setDefaultMaxInactiveInterval(timeout);
	}

	/**
	 * Spring Session's own insert, made an upsert. Two requests of one session that both
	 * set the same new attribute (the first requests of a fresh session each create the
	 * CSRF token) both see it as new and both insert it; with the plain insert the second
	 * fails on the primary key and the user gets a 500 (issue 16). The parameters keep
	 * Spring Session 4's order: session primary id, name, value.
	 */
	static final String CREATE_SESSION_ATTRIBUTE_QUERY = """
			INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			VALUES (?, ?, ?)
			ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
			""";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> idempotentSessionAttributes() {
		return (repository) -> repository.setCreateSessionAttributeQuery(CREATE_SESSION_ATTRIBUTE_QUERY);
	}

}
