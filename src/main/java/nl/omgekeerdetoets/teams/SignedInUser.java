package nl.omgekeerdetoets.teams;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a signed-in session. Kept small and serializable because sessions are
 * stored in the database; team membership is looked up when needed, so that an admin's
 * change takes effect at once. Someone who signed in at the organisation's identity
 * provider holds the same principal ({@link ProviderSignedInUser}), with the same
 * authorities, so every page treats both alike.
 */
public class SignedInUser implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long id;

	private final String username;

	private final String displayName;

	private final Role role;

	private final boolean enabled;

	private final boolean nonLocked;

	private String password;

	SignedInUser(Account account, boolean nonLocked) {
		this.id = account.getId();
		this.username = account.getUsername();
		this.displayName = account.getDisplayName();
		this.role = account.getRole();
		this.enabled = account.isActive();
		this.nonLocked = nonLocked;
		this.password = account.getPasswordHash();
	}

	public long id() {
		return this.id;
	}

	public String displayName() {
		return this.displayName;
	}

	public Role role() {
		return this.role;
	}

	/**
	 * Whether this session began with the app's own password; the page offers a password
	 * change only then.
	 */
	public boolean signedInWithPassword() {
		return true;
	}

	public boolean is(Role role) {
		return this.role == role;
	}

	/**
	 * Whether this user has one of these roles, by their names: for the page frame, which
	 * shows each role its links on every page. The role is the user's only authority, so
	 * this answers what {@code sec:authorize="hasAnyRole(...)"} would, without building
	 * and evaluating a security expression per link (14 of them on every page).
	 */
	public boolean hasAnyRole(String... roles) {
		for (String name : roles) {
			if (this.role.name().equals(name)) {
				return true;
			}
		}
		return false;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(this.role.authority());
	}

	@Override
	public String getPassword() {
		return this.password;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public boolean isAccountNonLocked() {
		return this.nonLocked;
	}

	@Override
	public void eraseCredentials() {
		this.password = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SignedInUser user && user.id == this.id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.id);
	}

	@Override
	public String toString() {
		return "SignedInUser[" + this.username + "]";
	}

}
