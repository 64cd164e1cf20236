package nl.omgekeerdetoets.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;

/**
 * HTTP sessions live in PostgreSQL, so that several app instances behind a load balancer
 * serve the same users and a restart does not sign anyone out. Flyway creates the tables
 * (V1). Thirty minutes of inactivity end a session.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession(maxInactiveIntervalInSeconds = SessionConfiguration.MAX_INACTIVE_SECONDS)
class SessionConfiguration {

	static final int MAX_INACTIVE_SECONDS = 30 * 60;

}
