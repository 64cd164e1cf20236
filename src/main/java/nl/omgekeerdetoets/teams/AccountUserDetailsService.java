package nl.omgekeerdetoets.teams;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs people in from their account; a success gives back the attempts
 * {@link LockoutAuthenticationProvider} reserved for the lock.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	private final LoginLockout lockout;

	AccountUserDetailsService(AccountRepository accounts, LoginLockout lockout) {
		this.accounts = accounts;
		this.lockout = lockout;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		// An account that came in through the identity provider has no password to check.
		Account account = this.accounts.findByUsername(username.strip())
			.filter(Account::hasPassword)
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
		return new SignedInUser(account, this.lockout.lockedUntil(account.getId()).isEmpty());
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
			this.lockout.recordSuccess(user.id());
		}
	}

}
