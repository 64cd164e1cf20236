package nl.omgekeerdetoets.teams;

import java.io.Serial;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * Someone the identity provider signed in may not sign in to the app. The error code says
 * why; the login's failure handler shows the matching page
 * ({@code /login/refused?reason=...}). The description names no person: it may reach the
 * log.
 */
class SignInRefusedException extends OAuth2AuthenticationException {

	@Serial
	private static final long serialVersionUID = 1L;

	/** No account matches. */
	static final String UNKNOWN = "unknown";

	/** Two accounts share the e-mail address the app matches on. */
	static final String AMBIGUOUS = "ambiguous";

	/** The account waits for an admin to give it a role. */
	static final String WAITING = "waiting";

	/** The account is deactivated. */
	static final String INACTIVE = "inactive";

	/** The groups claim gives no role, several roles, or no fitting team. */
	static final String GROUPS = "groups";

	SignInRefusedException(String reason) {
		super(new OAuth2Error(reason, "Sign-in refused: " + reason, null));
	}

}
