package nl.omgekeerdetoets.privacy;

import java.time.Instant;
import java.util.List;

import nl.omgekeerdetoets.cases.SubjectAccessCase;

/**
 * What the app holds about one case, for the resident who asks (AVG art. 15): the case as
 * its consultant sees it, the lead's decisions and comments, the follow-ups, legal holds,
 * and who read the case.
 *
 * @param producedAt when the report was produced
 * @param producedBy the privacy officer's display name
 * @param teamName the case's team
 * @param ownerName the case's consultant
 * @param caseFile the case and its steps
 * @param decisions the review's decisions, oldest first
 * @param comments the review's comments with their answers, oldest first
 * @param followUps the follow-ups after 6 and 12 months with their results
 * @param holds legal holds, in force or released
 * @param access who read the case, newest first
 */
record SubjectAccessReport(Instant producedAt, String producedBy, String teamName, String ownerName,
		SubjectAccessCase caseFile, List<Decision> decisions, List<Comment> comments, List<FollowUp> followUps,
		List<Hold> holds, List<AccessLine> access) {

	record Decision(int round, String decision, String reason, String reviewer, Instant decidedAt) {

		public String decisionKey() {
			return "subjectAccess.decision." + this.decision;
		}

	}

	record Comment(int round, String step, String field, String text, String author, Instant createdAt, String answer,
			Instant answeredAt, boolean resolved) {
	}

	record FollowUp(int months, String dueOn, Instant recordedAt, String recordedBy, String earlyReason,
			List<String> results) {
	}

	record Hold(String reasonKind, String reason, String placedBy, Instant placedAt, Instant releasedAt) {

		public String reasonKey() {
			return "hold.reason." + this.reasonKind;
		}

	}

}
