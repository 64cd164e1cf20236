package nl.omgekeerdetoets.cases;

import java.time.Instant;

/**
 * One line of a case's history on the case page. Reads of one person on one day are one
 * line: when they last read it that day, and how often; so are their saves of one step.
 *
 * @param occurredAt when; for reads and saves, the last of that day
 * @param actor the username of who did it
 * @param actorName their display name, or null when there is no such account (the system)
 * @param action what was done, e.g. {@code CASE_SUBMITTED}
 * @param detail a technical detail such as {@code step=ethics}, or null
 * @param times how many events the line stands for: more than one only for reads and
 * saves
 */
public record CaseHistoryLine(Instant occurredAt, String actor, String actorName, String action, String detail,
		int times) {

	/** Whether this line says who read the case; such lines are left out of a print. */
	public boolean isRead() {
		return CaseHistory.READ.equals(this.action);
	}

	/** Who did it, as people know them. */
	public String who() {
		return (this.actorName != null) ? this.actorName : this.actor;
	}

}
