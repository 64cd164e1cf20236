package nl.omgekeerdetoets.teams;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How someone who signed in at the organisation's OpenID Connect provider becomes one of
 * the app's accounts, and whether local passwords still work. The provider itself is
 * configured with Spring Boot's {@code spring.security.oauth2.client.*}; without it these
 * settings do nothing.
 *
 * @param matchBy which claim finds the account: the subject (the account's external
 * identity, set by the admin), the e-mail address or the username
 * @param subjectClaim the claim that holds the subject: {@code sub}, or Entra ID's
 * {@code oid}, which is the same for the person in every application
 * @param usernameClaim the claim compared with the username
 * @param unknownUsers what happens to someone the app does not know: refused, or kept as
 * an account without role that waits for an admin
 * @param localPasswords whether people may still sign in with a password of the app; when
 * off, only the break-glass accounts may
 * @param breakGlassAccounts usernames that keep their password when local passwords are
 * off: the admin's way in when the provider is down
 * @param groups role and teams from a groups claim, instead of from the account
 */
@ConfigurationProperties("ot.sso")
record SingleSignOnSettings(@DefaultValue("subject") MatchBy matchBy, @DefaultValue("sub") String subjectClaim,
		@DefaultValue("preferred_username") String usernameClaim, @DefaultValue("refuse") UnknownUsers unknownUsers,
		@DefaultValue("true") boolean localPasswords, @DefaultValue List<String> breakGlassAccounts,
		@DefaultValue Groups groups) {

	enum MatchBy {

		SUBJECT, EMAIL, USERNAME

	}

	enum UnknownUsers {

		REFUSE, WAIT

	}

	/**
	 * @param claim the claim with the person's groups (a list of names or ids); empty
	 * means role and teams come from the account as the admin keeps it
	 * @param roles the role a group gives
	 * @param teams the team (by name) a group places someone in: a consultant's team, or
	 * a team a lead leads
	 */
	record Groups(String claim, @DefaultValue Map<String, Role> roles, @DefaultValue Map<String, String> teams) {

		boolean mapped() {
			return this.claim != null && !this.claim.isBlank();
		}

	}

	/** Whether this username may sign in with a password of the app. */
	boolean mayUsePassword(String username) {
		if (this.localPasswords) {
			return true;
		}
		String name = username.strip().toLowerCase(Locale.ROOT);
		return this.breakGlassAccounts.stream()
			.anyMatch((account) -> account.strip().toLowerCase(Locale.ROOT).equals(name));
	}

}
