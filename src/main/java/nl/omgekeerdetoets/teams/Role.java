package nl.omgekeerdetoets.teams;

import nl.omgekeerdetoets.shared.Labelled;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What someone does in the app. A consultant works in exactly one team, a team lead leads
 * one or more teams, an admin and a privacy officer belong to none.
 */
public enum Role implements Labelled {

	CONSULTANT, TEAM_LEAD, ADMIN,
	/**
	 * The privacy officer (functionaris gegevensbescherming): reads the access log and
	 * produces subject access reports, never a case page.
	 */
	PRIVACY_OFFICER;

	public GrantedAuthority authority() {
		return new SimpleGrantedAuthority("ROLE_" + name());
	}

	/** The message key of the role's name, for pages. */
	@Override
	public String messageKey() {
		return "role." + name();
	}

	boolean needsTeam() {
		return this == CONSULTANT || this == TEAM_LEAD;
	}

	boolean allowsSeveralTeams() {
		return this == TEAM_LEAD;
	}

}
