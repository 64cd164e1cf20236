package nl.omgekeerdetoets.privacy;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of the deletion log: which case went, of which team, its dates, the rule that
 * applied, when and in which run. No resident, no text.
 *
 * @param runId the run that deleted it
 * @param reference the case's reference
 * @param teamName its team's name at the time
 * @param openedOn the day it was opened
 * @param closedOn the day it closed, null for a draft
 * @param lastChangedOn the day of its last change
 * @param kind what the rule counted from
 * @param lawDomain the rule's law domain, null for the drafts' rule
 * @param keepMonths the rule's period
 * @param expiredOn the last day it was kept
 * @param deletedAt when it was deleted
 */
record Deletion(long runId, String reference, String teamName, LocalDate openedOn, LocalDate closedOn,
		LocalDate lastChangedOn, RuleKind kind, String lawDomain, int keepMonths, LocalDate expiredOn,
		Instant deletedAt) {

	public String ruleNameKey() {
		return (this.lawDomain != null) ? "case.domain." + this.lawDomain : "retention.kind.UNTOUCHED_DRAFT";
	}

}
