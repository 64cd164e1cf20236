package nl.omgekeerdetoets.mail;

import java.util.Arrays;
import java.util.List;

import nl.omgekeerdetoets.teams.Role;

/**
 * What a mail is about; each can be turned on or off per person. A consultant hears about
 * their own cases, a lead about cases waiting for their review; both about the follow-up
 * actions of return days they own.
 */
enum MailKind {

	REVIEW_WAITING(Role.TEAM_LEAD),

	CHANGES_REQUESTED(Role.CONSULTANT),

	APPROVED(Role.CONSULTANT),

	COMMENTED(Role.CONSULTANT),

	PRAISED(Role.CONSULTANT),

	/** A case's follow-up (evaluation) is due soon, or has passed its date. */
	FOLLOW_UP_DUE(Role.CONSULTANT),

	/** A return day's follow-up action is due soon, or has passed its date. */
	ACTION_DUE(Role.CONSULTANT, Role.TEAM_LEAD);

	private final List<Role> roles;

	MailKind(Role... roles) {
		this.roles = List.of(roles);
	}

	/**
	 * The kinds that can reach someone in this role, in the order the page lists them.
	 */
	static List<MailKind> forRole(Role role) {
		return Arrays.stream(values()).filter((kind) -> kind.roles.contains(role)).toList();
	}

	/** The page the mail links to, below the app's base URL. */
	String path(Long caseId) {
		return switch (this) {
			case REVIEW_WAITING -> "/review/cases/" + caseId;
			case CHANGES_REQUESTED, APPROVED, COMMENTED, PRAISED, FOLLOW_UP_DUE -> "/cases/" + caseId;
			case ACTION_DUE -> "/";
		};
	}

	public String messageKey() {
		return "mail.preferences.kind." + name();
	}

}
