package nl.omgekeerdetoets.privacy;

import java.time.LocalDate;

/**
 * A case whose retention period has passed, as the dry run shows it and the run deletes
 * it: references, team and dates, never case text.
 *
 * @param caseId the case
 * @param reference its reference
 * @param teamId its team
 * @param teamName the team's name
 * @param openedOn the day it was opened
 * @param closedOn the day it closed (its last follow-up), null for a draft
 * @param lastChangedOn the day of its last change
 * @param ruleId the rule that applies: for a case of several law domains the longest
 * @param kind what the rule counts from
 * @param lawDomain the rule's law domain, null for the drafts' rule
 * @param keepMonths the rule's period
 * @param expiredOn the last day it was kept; the run deletes it from the day after
 * @param held whether a legal hold keeps it
 */
record DueCase(long caseId, String reference, long teamId, String teamName, LocalDate openedOn, LocalDate closedOn,
		LocalDate lastChangedOn, long ruleId, RuleKind kind, String lawDomain, int keepMonths, LocalDate expiredOn,
		boolean held) {

	/** The message key of the rule's name, as {@link RetentionRule#getNameKey()}. */
	public String ruleNameKey() {
		return (this.lawDomain != null) ? "case.domain." + this.lawDomain : "retention.kind.UNTOUCHED_DRAFT";
	}

}
