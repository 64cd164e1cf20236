package nl.omgekeerdetoets.system;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

/**
 * Signing in through the organisation's OpenID Connect provider, as far as the web layer
 * is concerned: the providers Spring Boot configured from
 * {@code spring.security.oauth2.client.*}, where a refused sign-in leads, the logout at
 * the provider, and the origins the content security policy must allow for it. Which
 * account someone becomes is decided by the teams module (its {@code OAuth2UserService}
 * bean).
 */
final class SingleSignOn {

	private static final Logger logger = LoggerFactory.getLogger(SingleSignOn.class);

	/** The refusal page, with the reason as a parameter. */
	static final String REFUSED = "/login/refused";

	/**
	 * The reasons the teams module refuses someone the provider signed in (its
	 * {@code SignInRefusedException}); anything else is "failed".
	 */
	static final Set<String> REASONS = Set.of("unknown", "ambiguous", "waiting", "inactive", "groups");

	static final String FAILED = "failed";

	/** A provider on the login page: its registration id and the name it shows. */
	public record Provider(String id, String name) {

		public String path() {
			return "/oauth2/authorization/" + this.id;
		}

	}

	/**
	 * The session attribute with the step page to go back to after signing in at the
	 * provider (see {@link ResumePage}).
	 */
	static final String RESUME = SingleSignOn.class.getName() + ".resume";

	private SingleSignOn() {
	}

	/**
	 * Spring Security's authorization request, which also remembers the step page the
	 * login page's button carries ({@code continue}), since the way to the provider and
	 * back loses the address.
	 */
	static OAuth2AuthorizationRequestResolver rememberingResumePage(ClientRegistrationRepository registrations) {
		OAuth2AuthorizationRequestResolver defaults = new DefaultOAuth2AuthorizationRequestResolver(registrations,
				OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
		return new OAuth2AuthorizationRequestResolver() {

			@Override
			public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
				return remember(request, defaults.resolve(request));
			}

			@Override
			public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
				return remember(request, defaults.resolve(request, clientRegistrationId));
			}

			private OAuth2AuthorizationRequest remember(HttpServletRequest request,
					OAuth2AuthorizationRequest authorization) {
				if (authorization != null) {
					Optional<String> page = ResumePage.of(request.getParameter(ResumePage.PARAMETER));
					if (page.isPresent()) {
						request.getSession().setAttribute(RESUME, page.get());
					}
					else if (request.getSession(false) != null) {
						request.getSession(false).removeAttribute(RESUME);
					}
				}
				return authorization;
			}

		};
	}

	/** After signing in at the provider: the remembered step page, or the start page. */
	static AuthenticationSuccessHandler onSuccess() {
		return new SimpleUrlAuthenticationSuccessHandler("/") {

			@Override
			protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response) {
				HttpSession session = request.getSession(false);
				if (session == null) {
					return "/";
				}
				Object page = session.getAttribute(RESUME);
				session.removeAttribute(RESUME);
				return ResumePage.of((page instanceof String path) ? path : null).orElse("/");
			}

		};
	}

	/**
	 * The configured providers, in the order Spring Boot read them; none when the
	 * repository cannot list them.
	 */
	static List<ClientRegistration> registrations(ClientRegistrationRepository repository) {
		List<ClientRegistration> registrations = new ArrayList<>();
		if (repository instanceof Iterable<?> all) {
			all.forEach((registration) -> registrations.add((ClientRegistration) registration));
		}
		return registrations;
	}

	static List<Provider> providers(ClientRegistrationRepository repository) {
		return registrations(repository).stream()
			.map((registration) -> new Provider(registration.getRegistrationId(), registration.getClientName()))
			.toList();
	}

	/**
	 * A sign-in that the app or the provider refused leads to a page that says why; the
	 * log gets the reason's code only, never who it was.
	 */
	static AuthenticationFailureHandler onFailure() {
		RedirectStrategy redirect = new DefaultRedirectStrategy();
		return new AuthenticationFailureHandler() {

			@Override
			public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
					AuthenticationException exception) throws IOException {
				String code = (exception instanceof OAuth2AuthenticationException oauth2)
						? oauth2.getError().getErrorCode() : null;
				String reason = REASONS.contains(code) ? code : FAILED;
				if (reason.equals(FAILED)) {
					logger.warn("Sign-in at the identity provider failed: {}",
							(code != null) ? code : exception.getClass().getSimpleName());
				}
				redirect.sendRedirect(request, response, REFUSED + "?reason=" + reason);
			}

		};
	}

	/**
	 * Logging out ends the app's session and, for someone who signed in at a provider
	 * that supports it (RP-initiated logout), the provider's session too; the provider
	 * sends the browser back to the login page. A password session just goes there.
	 */
	static LogoutSuccessHandler logoutAtProvider(ClientRegistrationRepository registrations) {
		OidcClientInitiatedLogoutSuccessHandler handler = new OidcClientInitiatedLogoutSuccessHandler(registrations);
		handler.setPostLogoutRedirectUri("{baseUrl}/login?logout");
		handler.setDefaultTargetUrl("/login?logout");
		return handler;
	}

	/**
	 * The origins a form may lead to besides the app's own: logging out (a form) ends at
	 * the provider's end-session endpoint, and browsers hold a form's redirects to the
	 * policy's {@code form-action}.
	 */
	static Set<String> formTargets(ClientRegistrationRepository repository) {
		Set<String> origins = new LinkedHashSet<>();
		for (ClientRegistration registration : registrations(repository)) {
			origin(registration.getProviderDetails().getAuthorizationUri()).ifPresent(origins::add);
			Object endSession = registration.getProviderDetails()
				.getConfigurationMetadata()
				.get("end_session_endpoint");
			if (endSession != null) {
				origin(endSession.toString()).ifPresent(origins::add);
			}
		}
		return origins;
	}

	private static Optional<String> origin(String uri) {
		try {
			URI parsed = URI.create(uri);
			if (parsed.getScheme() == null || parsed.getHost() == null) {
				return Optional.empty();
			}
			return Optional.of(parsed.getScheme() + "://" + parsed.getHost()
					+ ((parsed.getPort() == -1) ? "" : ":" + parsed.getPort()));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The app calls no API of the provider, so it keeps none of its access tokens: not in
	 * memory (which one instance of several would hold) and not in the session table.
	 */
	static final class NoAuthorizedClients implements OAuth2AuthorizedClientRepository {

		@Override
		public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String clientRegistrationId,
				Authentication principal, HttpServletRequest request) {
			return null;
		}

		@Override
		public void saveAuthorizedClient(OAuth2AuthorizedClient authorizedClient, Authentication principal,
				HttpServletRequest request, HttpServletResponse response) {
		}

		@Override
		public void removeAuthorizedClient(String clientRegistrationId, Authentication principal,
				HttpServletRequest request, HttpServletResponse response) {
		}

	}

}
