package nl.omgekeerdetoets.teams;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * The sign-in through the organisation's OpenID Connect provider: Spring Security's own
 * {@link OidcUserService} reads and checks who the provider says it is (ID token, user
 * info), then {@link ProviderAccounts} turns that into the app's account. Spring
 * Security's {@code oauth2Login} uses this bean by its type; it stays unused while no
 * provider is configured.
 */
@Component
class ProviderUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private final OidcUserService provider = new OidcUserService();

	private final ProviderAccounts accounts;

	ProviderUserService(ProviderAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser person = this.provider.loadUser(request);
		try {
			return this.accounts.signIn(person);
		}
		catch (DataIntegrityViolationException race) {
			// Two first sign-ins of someone unknown at once (two tabs, two instances):
			// the other one kept the waiting account.
			throw new SignInRefusedException(SignInRefusedException.WAITING);
		}
	}

}
