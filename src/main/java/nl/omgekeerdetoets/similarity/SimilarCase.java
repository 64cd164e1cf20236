package nl.omgekeerdetoets.similarity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import nl.omgekeerdetoets.cases.CaseStatus;
import nl.omgekeerdetoets.cases.Choices;

/**
 * An earlier case as the similarity list shows it to one user. Either the case itself
 * ({@link #own()}), for a case that user may read, or only its anonymised entry
 * ({@link #entry()}), for any other: then every field of the case is null, and nothing
 * names or links to it.
 *
 * @param target what the list's links and the comparison form name: {@code case-12} for a
 * case the user may read, {@code exemplary-3} or {@code casebook-5} for an entry; null
 * when the user may see neither (a comparison the consultant noted, seen by someone who
 * may not see the case)
 * @param score how alike the case is (text rank plus shared law goals); null for a case
 * shown only because the consultant compared with it
 * @param sharedGoals the law goals of step 2 this case shares with the case at hand
 * @param own the case, for a user who may read it; else null
 * @param entry its anonymised entry, for a user who may not read the case; else null
 * @param comparison the consultant's note on this case, if they compared with it
 */
record SimilarCase(String target, Double score, int sharedGoals, Own own, Entry entry, Comparison comparison) {

	public boolean isVisible() {
		return this.own != null || this.entry != null;
	}

	/**
	 * What the user may read today of a case of their own team.
	 *
	 * @param caseId the case, for the link to its page
	 * @param reference its reference
	 * @param title its title
	 * @param ownerId its consultant
	 * @param status approved or evaluated: "the decision" until the decision kind exists
	 * @param decisionKind the kind of decision recorded in step 4 (granted as asked,
	 * maatwerk, partly granted, refused), or null where none was recorded
	 * @param solutionKind sustainable or quick fix
	 * @param solution the chosen solution of step 4
	 * @param solutionKindReason why it was chosen as it was
	 * @param costWithout the cost comparison's total without maatwerk
	 * @param costWith its total with maatwerk
	 * @param outcome the effects counted at the latest follow-up recorded, or null
	 */
	record Own(long caseId, String reference, String title, long ownerId, CaseStatus status, String decisionKind,
			Choices.SolutionKind solutionKind, String solution, String solutionKindReason, BigDecimal costWithout,
			BigDecimal costWith, Outcome outcome) {

		/** Without minus with: positive is what maatwerk saved. */
		public BigDecimal costDifference() {
			return this.costWithout.subtract(this.costWith);
		}

		public boolean hasCosts() {
			return this.costWithout.signum() != 0 || this.costWith.signum() != 0;
		}

	}

	/**
	 * The effects counted at a follow-up.
	 *
	 * @param months 6 or 12
	 * @param reached effects reached
	 * @param partly effects partly reached
	 * @param notReached effects not reached
	 */
	record Outcome(int months, int reached, int partly, int notReached) {
	}

	/** The kinds of anonymised entries, each with the message key of its name. */
	enum EntryKind {

		EXEMPLARY, CASEBOOK;

		String slug() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

		public String messageKey() {
			return "similar.entry.kind." + name();
		}

	}

	/**
	 * An anonymised entry: what a lead wrote for colleagues, checked for personal data.
	 *
	 * @param kind exemplary case or casebook entry
	 * @param id the entry's id
	 * @param title its title
	 * @param texts its texts, each under its label
	 */
	record Entry(EntryKind kind, long id, String title, List<Text> texts) {
	}

	/** One text of an entry under the message key of its label. */
	record Text(String labelKey, String text) {
	}

	/**
	 * The consultant's note of a comparison.
	 *
	 * @param id the note's id
	 * @param note why this case is the same or differs
	 * @param markedBy who wrote it
	 * @param updatedAt when it was last saved
	 * @param version its version, for detecting concurrent edits
	 */
	record Comparison(long id, String note, String markedBy, Instant updatedAt, long version) {
	}

}
