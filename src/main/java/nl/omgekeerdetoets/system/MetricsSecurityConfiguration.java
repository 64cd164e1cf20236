package nl.omgekeerdetoets.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * Who may read the metrics: a signed-in admin, or the monitoring's scraper with the
 * bearer token the operators set ({@code OT_METRICS_TOKEN}). A scraper cannot fill in a
 * login form, so anyone else is answered 401 (no token, or a wrong one) or 403 (signed in
 * without the admin role), never the login page. The metrics hold counts and timings per
 * route, no case and no person.
 */
@Configuration(proxyBeanMethods = false)
class MetricsSecurityConfiguration {

	static final String METRICS = "/actuator/prometheus";

	@Bean
	@Order(1)
	SecurityFilterChain metricsFilterChain(HttpSecurity http, @Value("${ot.metrics.token:}") String token)
			throws Exception {
		http.securityMatcher(METRICS)
			.authorizeHttpRequests((requests) -> requests.anyRequest()
				.access(AuthorizationManagers.anyOf(AuthorityAuthorizationManager.hasRole("ADMIN"), bearer(token))))
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
			.requestCache((cache) -> cache.requestCache(new NullRequestCache()));
		return http.build();
	}

	/** Grants a request that carries this token; none when no token is set. */
	static AuthorizationManager<RequestAuthorizationContext> bearer(String token) {
		byte[] expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
		return (authentication, context) -> {
			HttpServletRequest request = context.getRequest();
			String header = request.getHeader("Authorization");
			boolean granted = !token.isBlank() && header != null
					&& MessageDigest.isEqual(expected, header.getBytes(StandardCharsets.UTF_8));
			return new AuthorizationDecision(granted);
		};
	}

}
