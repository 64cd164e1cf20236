package nl.omgekeerdetoets.system;

import jakarta.servlet.DispatcherType;
import nl.omgekeerdetoets.audit.AuditLog;

import org.springframework.beans.factory.ObjectProvider;

import org.springframework.boot.security.autoconfigure.web.servlet.PathRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may reach which pages. Finer rules (whose case, which team) are checked in the
 * services, because they depend on the data.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/**
	 * Only the app's own origin; Bootstrap's form controls draw their icons from data:
	 * URIs.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

	/**
	 * The rules, and the ways in: the login form, and where a provider is configured
	 * ({@code spring.security.oauth2.client.*}) the organisation's OpenID Connect
	 * provider. Without one, Spring Boot configures no
	 * {@link ClientRegistrationRepository} and the app signs in with passwords only, as
	 * before.
	 */
	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AuditLog auditLog,
			ObjectProvider<ClientRegistrationRepository> providers) throws Exception {
		ClientRegistrationRepository registrations = providers.getIfAvailable();
		String formTargets = (registrations != null) ? String.join("",
				SingleSignOn.formTargets(registrations).stream().map((origin) -> " " + origin).toList()) : "";
		String policy = CONTENT_SECURITY_POLICY.replace("form-action 'self'", "form-action 'self'" + formTargets);
		http.authorizeHttpRequests(
				(requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
					.permitAll()
					.requestMatchers(PathRequest.toStaticResources().atCommonLocations())
					.permitAll()
					.requestMatchers("/webjars/**", "/css/**", "/js/**", "/login", SingleSignOn.REFUSED,
							"/actuator/health/**", "/error")
					.permitAll()
					.requestMatchers("/admin/**")
					.hasRole("ADMIN")
					// The privacy officer reads the access log and produces subject
					// access
					// reports; nobody else does.
					.requestMatchers("/privacy/**")
					.hasRole("PRIVACY_OFFICER")
					// Leads plan return days; everyone of the teams takes part.
					.requestMatchers(org.springframework.http.HttpMethod.POST, "/return-days")
					.hasRole("TEAM_LEAD")
					// Admins keep the app running but do not read casework.
					.requestMatchers("/cases", "/cases/**", "/notifications", "/team/**", "/exemplary", "/exemplary/**",
							"/return-days", "/return-days/**", "/actions/**")
					.hasAnyRole("CONSULTANT", "TEAM_LEAD")
					// The casebook: leads build editions, consultants read published
					// ones; EditionService decides which.
					.requestMatchers("/casebook", "/casebook/**")
					.hasAnyRole("CONSULTANT", "TEAM_LEAD")
					// Legal holds: leads for their teams' cases, admins for any case by
					// its
					// reference (LegalHolds decides which).
					.requestMatchers("/holds", "/holds/**")
					.hasAnyRole("TEAM_LEAD", "ADMIN")
					.requestMatchers("/review", "/review/**", "/overview", "/overview/**")
					.hasRole("TEAM_LEAD")
					.requestMatchers("/feedback/**", "/my-figures")
					.hasRole("CONSULTANT")
					// Mail for the notifications of consultants and leads; admins and
					// privacy officers get none.
					.requestMatchers("/account/mail")
					.hasAnyRole("CONSULTANT", "TEAM_LEAD")
					.anyRequest()
					.authenticated())
			.formLogin((form) -> form.loginPage("/login")
				.failureHandler(ResumeAfterLogin.onFailure())
				.successHandler(ResumeAfterLogin.onSuccess()))
			// After logging in everyone lands on their start page or the step they were
			// typing in (above), so the page an
			// anonymous visitor asked for is never replayed: saving it only created a
			// session row for every anonymous request of a protected page. The login
			// page itself still creates a session, for the CSRF token its form carries.
			.requestCache((cache) -> cache.requestCache(new NullRequestCache()))
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout"))
			// A form sent after the session expired carries a stale CSRF token: send the
			// user to log in again
			// (the page script keeps their typed text in the tab) instead of showing "no
			// access".
			.exceptionHandling((exceptions) -> exceptions
				.accessDeniedHandler(new ExpiredSessionAwareAccessDeniedHandler(auditLog)))
			.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId()))
			.csrf(Customizer.withDefaults())
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(policy))
				.frameOptions((frames) -> frames.deny())
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		if (registrations != null) {
			http.oauth2Login((login) -> login.loginPage("/login")
				.authorizationEndpoint((authorization) -> authorization
					.authorizationRequestResolver(SingleSignOn.rememberingResumePage(registrations)))
				.successHandler(SingleSignOn.onSuccess())
				.failureHandler(SingleSignOn.onFailure())
				.authorizedClientRepository(new SingleSignOn.NoAuthorizedClients()))
				.logout((logout) -> logout.logoutSuccessHandler(SingleSignOn.logoutAtProvider(registrations)));
		}
		return http.build();
	}

	/**
	 * No Micrometer observations of Spring Security's own: with an observation registry
	 * present (Actuator), it wraps each of the chain's filters and each authentication
	 * and authorization decision in an observation, which took about a sixth of the time
	 * of a page without case data. The request itself is still observed
	 * (http.server.requests), and refusals and sign-ins are counted by the app (AuditLog,
	 * SignInMetrics).
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
