package nl.omgekeerdetoets.teams;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What someone does in the app. A consultant works in exactly one team, a team lead leads
 * one or more teams, an admin belongs to none.
 */
public enum Role {

	CONSULTANT, TEAM_LEAD, ADMIN;

	public GrantedAuthority authority() {
		return new SimpleGrantedAuthority("ROLE_" + name());
	}

	/** The message key of the role's name, for pages. */
	public String messageKey() {
		return "role." + name();
	}

	boolean needsTeam() {
		return this != ADMIN;
	}

	boolean allowsSeveralTeams() {
		return this == TEAM_LEAD;
	}

}
