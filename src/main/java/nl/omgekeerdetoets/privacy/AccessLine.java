package nl.omgekeerdetoets.privacy;

import java.time.Instant;

/**
 * One line of the access log: who, when, what, of which case, through which role; no case
 * content.
 *
 * @param at when (for the owner's grouped reads: the last of the day)
 * @param actor the username
 * @param name the display name, or null for a removed or unknown account
 * @param role the role the read went through
 * @param kind CASE_READ, OWN_READ (grouped per day), CASE_ACCESS_REFUSED, ACCESS_REFUSED
 * or SUBJECT_ACCESS_REPORT
 * @param reference the case's reference
 * @param page the page it was read through, where known
 * @param times how many reads the line stands for
 * @param refused a refused attempt
 * @param outsideTeam read through the lead role of a case of a team the reader does not
 * lead
 * @param many one of more than {@link AccessLog#MANY_CASES} cases this person opened
 * within an hour
 */
record AccessLine(Instant at, String actor, String name, String role, String kind, String reference, String page,
		int times, boolean refused, boolean outsideTeam, boolean many) {

	public boolean unusual() {
		return this.refused || this.outsideTeam || this.many;
	}

	public String kindKey() {
		return "access.kind." + this.kind;
	}

	public String roleKey() {
		return (this.role != null) ? "role." + this.role : "access.role.unknown";
	}

}
