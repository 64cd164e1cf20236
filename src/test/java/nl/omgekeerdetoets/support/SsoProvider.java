package nl.omgekeerdetoets.support;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * A real OpenID Connect provider for the single sign-on tests: Spring Authorization
 * Server in a small application of its own, on a random port of {@code localhost}, with
 * one registered client that must use PKCE, and people that tests add as they need them.
 * It is started once per test JVM and shared by every context that signs in through it.
 * <p>
 * The app under test is reached at {@code 127.0.0.1}: the provider accepts a redirect to
 * any port of that loopback address (RFC 8252), and the two keep their cookies apart, as
 * two hosts do.
 */
public final class SsoProvider {

	/** The app's registration id, and the provider's client. */
	public static final String REGISTRATION = "gemeente";

	public static final String CLIENT_ID = "omgekeerde-toets";

	public static final String CLIENT_SECRET = "client-secret-for-tests";

	/** The password of every person at the provider. */
	public static final String PASSWORD = "provider-password";

	private static SsoProvider instance;

	private final ConfigurableApplicationContext context;

	private SsoProvider(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/** The provider, started on first use. */
	public static synchronized SsoProvider get() {
		if (instance == null) {
			instance = new SsoProvider(new SpringApplicationBuilder(Server.class)
				.properties("server.port=0", "spring.config.name=sso-provider", "spring.main.banner-mode=off",
						// Filters run only for a request some servlet takes; the
						// endpoints are all filters.
						"server.servlet.register-default-servlet=true")
				.run());
			Runtime.getRuntime().addShutdownHook(new Thread(instance.context::close));
		}
		return instance;
	}

	public String issuer() {
		return "http://localhost:" + ((WebServerApplicationContext) this.context).getWebServer().getPort();
	}

	/**
	 * A person at the provider. The subject ({@code sub}) is the username; the claims go
	 * into the ID token, as Entra ID and Keycloak put e-mail, name and groups there.
	 */
	public void addPerson(String username, Map<String, Object> claims) {
		this.context.getBean(InMemoryUserDetailsManager.class)
			.createUser(User.withUsername(username).password("{noop}" + PASSWORD).roles("USER").build());
		this.context.getBean(Claims.class).byUsername.put(username, claims);
	}

	/**
	 * Lets the provider send the browser back to this address after logging out: unlike
	 * redirects after login, those are matched exactly, port included.
	 */
	public void allowPostLogoutRedirect(String uri) {
		InMemoryRegisteredClientRepository clients = this.context.getBean(InMemoryRegisteredClientRepository.class);
		RegisteredClient client = clients.findByClientId(CLIENT_ID);
		clients.save(RegisteredClient.from(client).postLogoutRedirectUri(uri).build());
	}

	/**
	 * Puts the provider in the app's configuration, before the app starts (Spring Boot
	 * reads its metadata from the issuer at start-up).
	 */
	public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			String prefix = "spring.security.oauth2.client.";
			TestPropertyValues
				.of(prefix + "provider." + REGISTRATION + ".issuer-uri=" + get().issuer(),
						prefix + "registration." + REGISTRATION + ".client-id=" + CLIENT_ID,
						prefix + "registration." + REGISTRATION + ".client-secret=" + CLIENT_SECRET,
						prefix + "registration." + REGISTRATION + ".client-name=Gemeente-account",
						prefix + "registration." + REGISTRATION + ".scope=openid,profile,email")
				.applyTo(context);
		}

	}

	/** The claims per person, added to their ID token. */
	static final class Claims {

		final Map<String, Map<String, Object>> byUsername = new ConcurrentHashMap<>();

	}

	/**
	 * The provider's application. Not a {@code @Configuration}: the app's component scan
	 * covers this package, and must not pick it up.
	 */
	@EnableWebSecurity
	@ImportAutoConfiguration({ TomcatServletWebServerAutoConfiguration.class, SecurityFilterAutoConfiguration.class })
	static class Server {

		/**
		 * The protocol's endpoints: authorize, token, keys, user info, discovery, logout.
		 */
		@Bean
		@Order(1)
		SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
			http.oauth2AuthorizationServer((server) -> {
				http.securityMatcher(server.getEndpointsMatcher());
				server.oidc(Customizer.withDefaults());
			})
				.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
				// The user info endpoint takes the access token.
				.oauth2ResourceServer((resourceServer) -> resourceServer.jwt(Customizer.withDefaults()))
				.exceptionHandling((exceptions) -> exceptions
					.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")));
			return http.build();
		}

		/** The provider's own login form, as Spring Security draws it. */
		@Bean
		@Order(2)
		SecurityFilterChain login(HttpSecurity http) throws Exception {
			http.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
				.formLogin(Customizer.withDefaults());
			return http.build();
		}

		@Bean
		InMemoryUserDetailsManager people() {
			return new InMemoryUserDetailsManager();
		}

		@Bean
		Claims claims() {
			return new Claims();
		}

		@Bean
		InMemoryRegisteredClientRepository clients() {
			RegisteredClient app = RegisteredClient.withId(UUID.randomUUID().toString())
				.clientId(CLIENT_ID)
				.clientSecret("{noop}" + CLIENT_SECRET)
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
				.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
				.authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
				.redirectUri("http://127.0.0.1/login/oauth2/code/" + REGISTRATION)
				.scope(OidcScopes.OPENID)
				.scope(OidcScopes.PROFILE)
				.scope(OidcScopes.EMAIL)
				// No code without a PKCE challenge, and no consent screen in between.
				.clientSettings(
						ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
				.build();
			return new InMemoryRegisteredClientRepository(app);
		}

		@Bean
		OAuth2TokenCustomizer<JwtEncodingContext> personClaims(Claims claims) {
			return (context) -> {
				if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
					Map<String, Object> own = claims.byUsername.getOrDefault(context.getPrincipal().getName(),
							Map.of());
					context.getClaims().claims((all) -> all.putAll(own));
				}
			};
		}

		@Bean
		JWKSource<SecurityContext> keys() throws NoSuchAlgorithmException {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
				.privateKey((RSAPrivateKey) pair.getPrivate())
				.keyID(UUID.randomUUID().toString())
				.build();
			return new ImmutableJWKSet<>(new JWKSet(key));
		}

		@Bean
		JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
			return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
		}

		@Bean
		AuthorizationServerSettings authorizationServerSettings() {
			return AuthorizationServerSettings.builder().build();
		}

	}

	/** Claims as a provider sends them, for {@link #addPerson}. */
	public static Map<String, Object> claims(String name, String email, String... groups) {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("name", name);
		claims.put("email", email);
		claims.put("email_verified", true);
		claims.put("preferred_username", email.substring(0, email.indexOf('@')));
		if (groups.length > 0) {
			claims.put("groups", List.copyOf(new LinkedHashSet<>(List.of(groups))));
		}
		return claims;
	}

}
