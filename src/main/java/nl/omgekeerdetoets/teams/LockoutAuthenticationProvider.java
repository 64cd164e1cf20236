package nl.omgekeerdetoets.teams;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The login check: Spring Security's username and password check, with the password
 * compared only after {@link LoginLockout} admitted the guess. Checking the lock when the
 * account is loaded is not enough, because parallel guesses all load it before any of
 * them failed. Being the only {@code AuthenticationProvider} bean, Spring Security uses
 * it for the login form. Where the organisation signs its people in through its identity
 * provider and local passwords are off, it checks only the break-glass accounts'
 * passwords.
 */
@Component
class LockoutAuthenticationProvider extends DaoAuthenticationProvider {

	private final LoginLockout lockout;

	private final SingleSignOnSettings singleSignOn;

	LockoutAuthenticationProvider(AccountUserDetailsService accounts, PasswordEncoder passwordEncoder,
			LoginLockout lockout, SingleSignOnSettings singleSignOn) {
		super(accounts);
		setPasswordEncoder(passwordEncoder);
		this.lockout = lockout;
		this.singleSignOn = singleSignOn;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		if (!this.singleSignOn.mayUsePassword(String.valueOf(authentication.getName()))) {
			// Refused before the account is read: no attempt counted, nothing told.
			throw new BadCredentialsException("Local passwords are off");
		}
		return super.authenticate(authentication);
	}

	@Override
	protected void additionalAuthenticationChecks(UserDetails user,
			UsernamePasswordAuthenticationToken authentication) {
		if (user instanceof SignedInUser account && !this.lockout.admit(account.id())) {
			// The same generic answer as a wrong password: the login page does not tell
			// a guesser that the account exists and is locked.
			throw new LockedException("Locked");
		}
		super.additionalAuthenticationChecks(user, authentication);
	}

}
