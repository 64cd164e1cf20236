package nl.omgekeerdetoets.cases;

import java.time.Instant;
import java.util.List;

/**
 * What the review capability has to say about a case, shown beside its steps. The review
 * module implements this; the cases module only reads it, so the dependency runs one way
 * (review uses cases).
 */
public interface CaseFeedback {

	/**
	 * Comments of the team lead on the steps, oldest first, with the consultant's
	 * answers.
	 */
	List<StepComment> commentsOn(long caseId);

	/** Compliments about this case. */
	List<CaseCompliment> complimentsOn(long caseId);

	/** The lead's decisions, one per review round, oldest first. */
	List<Decision> decisionsOn(long caseId);

	/**
	 * Comments, compliments and decisions at once, as the case page and the review page
	 * show them: one statement instead of three, and the authors' names with them (issue
	 * 13).
	 */
	default Everything everythingOn(long caseId) {
		return new Everything(commentsOn(caseId), complimentsOn(caseId), decisionsOn(caseId));
	}

	/**
	 * All the review says about a case.
	 *
	 * @param comments as {@link #commentsOn}
	 * @param compliments as {@link #complimentsOn}
	 * @param decisions as {@link #decisionsOn}
	 */
	record Everything(List<StepComment> comments, List<CaseCompliment> compliments, List<Decision> decisions) {
	}

	/**
	 * What a lead decided at the end of a review round.
	 *
	 * @param round the round
	 * @param approved approved, or changes asked for
	 * @param reviewer the lead's name
	 * @param at when
	 * @param reason the explanation (required when asking for changes)
	 */
	record Decision(int round, boolean approved, String reviewer, Instant at, String reason) {
	}

	/**
	 * A team lead's comment on one step (and maybe one field), and the consultant's
	 * answer.
	 *
	 * @param id the comment's id, for answering and resolving it
	 * @param step the step it is about
	 * @param field the label key of the field it points at, or null
	 * @param author the lead's name
	 * @param at when it was written
	 * @param text the comment
	 * @param answer the consultant's answer, or null
	 * @param resolved whether the consultant marked it resolved
	 * @param round the review round it belongs to (1 for the first submission)
	 */
	record StepComment(long id, Step step, String field, String author, Instant at, String text, String answer,
			boolean resolved, int round) {
	}

	/**
	 * A specific compliment about a step or choice in the case.
	 */
	record CaseCompliment(Step step, String author, Instant at, String text) {
	}

	/** Used while no review capability is present: nothing to show. */
	CaseFeedback NONE = new CaseFeedback() {

		@Override
		public List<StepComment> commentsOn(long caseId) {
			return List.of();
		}

		@Override
		public List<CaseCompliment> complimentsOn(long caseId) {
			return List.of();
		}

		@Override
		public List<Decision> decisionsOn(long caseId) {
			return List.of();
		}

	};

}
