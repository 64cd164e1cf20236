package nl.omgekeerdetoets.system;

import java.time.Duration;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Configuration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;
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

	/**
	 * Spring Session's own update of the session row, which it sends on every request
	 * because the last access time always moves, made to write only when something else
	 * changed (a new session id at login, the user, the timeout) or the last write is a
	 * minute old. Two tabs of one user no longer queue on that row, and a busy session
	 * writes once a minute, not on every click; it may end up to a minute before its
	 * timeout as a consequence. The parameters keep Spring Session 4's order: session id,
	 * last access time, maximum inactive interval, expiry time, principal name, primary
	 * id.
	 */
	static final String UPDATE_SESSION_QUERY = """
			UPDATE %TABLE_NAME% S
			SET SESSION_ID = V.SESSION_ID, LAST_ACCESS_TIME = V.LAST_ACCESS_TIME,
				MAX_INACTIVE_INTERVAL = V.MAX_INACTIVE_INTERVAL, EXPIRY_TIME = V.EXPIRY_TIME, PRINCIPAL_NAME = V.PRINCIPAL_NAME
			FROM (SELECT CAST(? AS CHAR(36)) AS SESSION_ID, CAST(? AS BIGINT) AS LAST_ACCESS_TIME,
				CAST(? AS INT) AS MAX_INACTIVE_INTERVAL, CAST(? AS BIGINT) AS EXPIRY_TIME,
				CAST(? AS VARCHAR(100)) AS PRINCIPAL_NAME) V
			WHERE S.PRIMARY_ID = ?
			AND (S.SESSION_ID <> V.SESSION_ID OR S.MAX_INACTIVE_INTERVAL <> V.MAX_INACTIVE_INTERVAL
				OR S.PRINCIPAL_NAME IS DISTINCT FROM V.PRINCIPAL_NAME OR V.LAST_ACCESS_TIME - S.LAST_ACCESS_TIME >= 60000)
			""";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> writeSessionRowOnlyWhenChanged() {
		return (repository) -> repository.setUpdateSessionQuery(UPDATE_SESSION_QUERY);
	}

	/**
	 * The session cookie, as Spring Session would make it by default, declared so that
	 * the session filter below uses the same one.
	 */
	@Bean
	CookieSerializer sessionCookie() {
		DefaultCookieSerializer cookie = new DefaultCookieSerializer();
		cookie.setCookieName("SESSION");
		cookie.setUseHttpOnlyCookie(true);
		cookie.setSameSite("Lax");
		return cookie;
	}

	/**
	 * The session filter, on the JDBC store read once per request (see
	 * {@link ReadOnceSessionRepository}). Spring Session builds its filter on the store
	 * bean itself and offers no way to put something between them, so its filter is
	 * replaced by an identical one on the wrapped store.
	 */
	@Bean
	static BeanPostProcessor readSessionOncePerRequest(ObjectProvider<JdbcIndexedSessionRepository> store,
			ObjectProvider<CookieSerializer> cookie) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (!(bean instanceof SessionRepositoryFilter<?>)) {
					return bean;
				}
				SessionRepositoryFilter<?> filter = new SessionRepositoryFilter<>(
						new ReadOnceSessionRepository<>(store.getObject()));
				CookieHttpSessionIdResolver sessionIds = new CookieHttpSessionIdResolver();
				sessionIds.setCookieSerializer(cookie.getObject());
				filter.setHttpSessionIdResolver(sessionIds);
				return filter;
			}

		};
	}

	/**
	 * The session filter also on the container's error dispatch: registered as a plain
	 * filter bean it ran on requests only, so an error page (404, 403, 500) saw no
	 * session and showed a signed-in user a logged-out page, without menu or name (issue
	 * 9).
	 */
	@Bean
	FilterRegistrationBean<SessionRepositoryFilter<?>> sessionFilterOnEveryDispatch(
			SessionRepositoryFilter<?> springSessionRepositoryFilter) {
		FilterRegistrationBean<SessionRepositoryFilter<?>> registration = new FilterRegistrationBean<>(
				springSessionRepositoryFilter);
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ReadOnceSessionRepository.RequestSpan> sessionReadSpan() {
		FilterRegistrationBean<ReadOnceSessionRepository.RequestSpan> registration = new FilterRegistrationBean<>(
				new ReadOnceSessionRepository.RequestSpan());
		// Outside the session filter and the failure filter around it.
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 2);
		return registration;
	}

}
