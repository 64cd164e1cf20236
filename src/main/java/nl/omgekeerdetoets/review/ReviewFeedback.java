package nl.omgekeerdetoets.review;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.omgekeerdetoets.cases.CaseFeedback;
import nl.omgekeerdetoets.teams.AccountService;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the case pages the review's comments and compliments, with the names of their
 * authors, in a fixed number of queries.
 */
@Component
@Transactional(readOnly = true)
class ReviewFeedback implements CaseFeedback {

	private final CommentRepository comments;

	private final ComplimentRepository compliments;

	private final DecisionRepository decisions;

	private final AccountService accounts;

	ReviewFeedback(CommentRepository comments, ComplimentRepository compliments, DecisionRepository decisions,
			AccountService accounts) {
		this.comments = comments;
		this.compliments = compliments;
		this.decisions = decisions;
		this.accounts = accounts;
	}

	@Override
	public List<Decision> decisionsOn(long caseId) {
		List<ReviewDecision> found = this.decisions.findByCaseIdOrderByRoundAsc(caseId);
		Map<Long, String> names = this.accounts
			.displayNames(found.stream().map(ReviewDecision::getReviewerId).collect(Collectors.toSet()));
		return found.stream()
			.map((d) -> new Decision(d.getRound(), d.getDecision() == ReviewDecision.Kind.APPROVED,
					names.get(d.getReviewerId()), d.getDecidedAt(), d.getReason()))
			.toList();
	}

	@Override
	public List<StepComment> commentsOn(long caseId) {
		List<ReviewComment> found = this.comments.findByCaseIdOrderByCreatedAtAscIdAsc(caseId);
		Map<Long, String> names = this.accounts
			.displayNames(found.stream().map(ReviewComment::getAuthorId).collect(Collectors.toSet()));
		return found.stream()
			.map((c) -> new StepComment(c.getId(), c.getStep(), c.getField(), names.get(c.getAuthorId()),
					c.getCreatedAt(), c.getText(), c.getAnswer(), c.isResolved(), c.getRound()))
			.toList();
	}

	@Override
	public List<CaseCompliment> complimentsOn(long caseId) {
		List<Compliment> found = this.compliments.findByCaseIdOrderByCreatedAtAsc(caseId);
		Map<Long, String> names = this.accounts
			.displayNames(found.stream().map(Compliment::getLeadId).collect(Collectors.toSet()));
		return found.stream()
			.map((c) -> new CaseCompliment(c.getStep(), names.get(c.getLeadId()), c.getCreatedAt(), c.getText()))
			.toList();
	}

}
