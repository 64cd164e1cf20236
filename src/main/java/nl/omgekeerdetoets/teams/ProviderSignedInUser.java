package nl.omgekeerdetoets.teams;

import java.io.Serial;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The principal of someone who signed in at the organisation's OpenID Connect provider:
 * the account's {@link SignedInUser}, with exactly its role, and nothing the provider
 * said about rights. It is also an {@link OidcUser} because Spring Security's login and
 * logout need the ID token: the logout sends it to the provider to end the session there
 * too.
 */
final class ProviderSignedInUser extends SignedInUser implements OidcUser {

	@Serial
	private static final long serialVersionUID = 1L;

	private final OidcIdToken idToken;

	private final OidcUserInfo userInfo;

	ProviderSignedInUser(Account account, OidcIdToken idToken, OidcUserInfo userInfo) {
		// A lockout counts wrong passwords; it does not keep out someone the provider
		// signed in.
		super(account, true);
		this.idToken = idToken;
		this.userInfo = userInfo;
		eraseCredentials();
	}

	@Override
	public boolean signedInWithPassword() {
		return false;
	}

	@Override
	public Map<String, Object> getClaims() {
		Map<String, Object> claims = new LinkedHashMap<>();
		if (this.userInfo != null) {
			claims.putAll(this.userInfo.getClaims());
		}
		claims.putAll(this.idToken.getClaims());
		return Collections.unmodifiableMap(claims);
	}

	@Override
	public OidcUserInfo getUserInfo() {
		return this.userInfo;
	}

	@Override
	public OidcIdToken getIdToken() {
		return this.idToken;
	}

	@Override
	public Map<String, Object> getAttributes() {
		return getClaims();
	}

	/** The account's username, as for a password sign-in: sessions are found by it. */
	@Override
	public String getName() {
		return getUsername();
	}

}
