package nl.omgekeerdetoets.review;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import nl.omgekeerdetoets.audit.AuditLog;
import nl.omgekeerdetoets.cases.CasePolicy;
import nl.omgekeerdetoets.cases.CaseService;
import nl.omgekeerdetoets.cases.CaseSummary;
import nl.omgekeerdetoets.cases.CaseStatus;
import nl.omgekeerdetoets.cases.ReviewQueue;
import nl.omgekeerdetoets.cases.Step;
import nl.omgekeerdetoets.cases.Submission;
import nl.omgekeerdetoets.review.ReviewDecision.Kind;
import nl.omgekeerdetoets.shared.FieldProblem;
import nl.omgekeerdetoets.shared.RecordNotFoundException;
import nl.omgekeerdetoets.teams.SignedInUser;

import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review of a case by a team lead: comments per step, and the decision that ends a
 * round. Maker is not checker: nobody reviews a case they own or have edited, also not as
 * lead of their own team. A lead reviews only cases of the teams they lead.
 */
@Service
@Transactional
public class ReviewService {

	private final CaseService cases;

	private final CasePolicy policy;

	private final ReviewQueue queue;

	private final CommentRepository comments;

	private final DecisionRepository decisions;

	private final NotificationService notifications;

	private final AuditLog auditLog;

	private final Clock clock;

	ReviewService(CaseService cases, CasePolicy policy, ReviewQueue queue, CommentRepository comments,
			DecisionRepository decisions, NotificationService notifications, AuditLog auditLog, Clock clock) {
		this.cases = cases;
		this.policy = policy;
		this.queue = queue;
		this.comments = comments;
		this.decisions = decisions;
		this.notifications = notifications;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/**
	 * Every case in review in the teams this lead leads, oldest first, except those they
	 * worked on themselves.
	 */
	@Transactional(readOnly = true)
	public ReviewQueue.Page queue(SignedInUser lead, long counted, Pageable pageable) {
		return this.queue.page(this.policy.ledTeamIds(lead), lead.id(), counted, pageable);
	}

	/**
	 * The length of the lead's queue, up to one past {@link ReviewQueue#COUNT_LIMIT}.
	 */
	@Transactional(readOnly = true)
	public long queueSize(SignedInUser lead) {
		return this.queue.count(this.policy.ledTeamIds(lead), lead.id());
	}

	/**
	 * The case for this lead to review. A case the lead may not read is a 404; one they
	 * may read but not review (their own work) a 403.
	 */
	@Transactional(readOnly = true)
	CaseSummary reviewable(long caseId, SignedInUser lead) {
		return requireReviewable(this.cases.summary(caseId, lead), lead);
	}

	@Transactional(readOnly = true)
	CaseSummary requireReviewable(CaseSummary caseFile, SignedInUser lead) {
		CasePolicy.require(this.policy.mayReview(lead, caseFile),
				"Maker is not checker, and a lead reviews only the teams they lead");
		return caseFile;
	}

	void comment(long caseId, SignedInUser lead, Step step, String field, String text) {
		CaseSummary caseFile = reviewable(caseId, lead);
		if (caseFile.status() != CaseStatus.IN_REVIEW) {
			throw new FieldProblem("text", "review.comment.notInReview");
		}
		this.comments.save(new ReviewComment(caseId, currentRound(caseId), step,
				(field != null && step.hasField(field)) ? field : null, lead.id(), text, this.clock.instant()));
		this.notifications.notify(caseFile.ownerId(), caseId, caseFile.reference(), Notification.Kind.COMMENTED);
		this.auditLog.record("REVIEW_COMMENTED", "CASE", caseId, caseFile.reference(), "step=" + step.slug());
	}

	void decide(long caseId, SignedInUser lead, Kind decision, String reason) {
		CaseSummary caseFile = reviewable(caseId, lead);
		if (decision == Kind.CHANGES_REQUESTED && reason == null) {
			throw new FieldProblem("reason", "review.reason.required");
		}
		if (caseFile.status() != CaseStatus.IN_REVIEW) {
			throw new FieldProblem("decision", "review.decision.notInReview");
		}
		int round = currentRound(caseId);
		this.decisions.save(new ReviewDecision(caseId, round, lead.id(), decision, reason, this.clock.instant()));
		if (decision == Kind.APPROVED) {
			this.cases.approve(caseId, lead);
		}
		else {
			this.cases.requestChanges(caseId, lead);
		}
	}

	/** The consultant answers a comment on their own case. */
	void answer(long commentId, SignedInUser consultant, String answer) {
		ReviewComment comment = ownComment(commentId, consultant);
		comment.answer(answer, this.clock.instant());
	}

	/** The consultant marks a comment on their own case as dealt with. */
	void resolve(long commentId, SignedInUser consultant) {
		ownComment(commentId, consultant).resolve(this.clock.instant());
	}

	@Transactional(readOnly = true)
	long caseOfComment(long commentId) {
		return this.comments.findById(commentId)
			.orElseThrow(() -> new RecordNotFoundException("Comment", commentId))
			.getCaseId();
	}

	@Transactional(readOnly = true)
	List<ReviewDecision> rounds(long caseId) {
		return this.decisions.findByCaseIdOrderByRoundAsc(caseId);
	}

	/**
	 * The review round a case is in: while in review one more than the decisions taken,
	 * otherwise the round last decided (at least 1).
	 */
	static int roundOf(CaseSummary caseFile, int decisionsTaken) {
		return Math.max(1, decisionsTaken + ((caseFile.status() == CaseStatus.IN_REVIEW) ? 1 : 0));
	}

	/**
	 * What changed in each step between the case's last two submissions; empty when it
	 * has no two submissions kept (it was submitted before they were kept). For a page
	 * that has already checked that the lead may review the case.
	 */
	@Transactional(readOnly = true)
	Optional<RoundChanges> changesSincePreviousRound(long caseId) {
		List<Submission> lastTwo = this.cases.lastTwoSubmissions(caseId);
		return (lastTwo.size() < 2) ? Optional.empty()
				: Optional.of(RoundChanges.between(lastTwo.get(0), lastTwo.get(1)));
	}

	private ReviewComment ownComment(long commentId, SignedInUser consultant) {
		ReviewComment comment = this.comments.findById(commentId)
			.orElseThrow(() -> new RecordNotFoundException("Comment", commentId));
		CasePolicy.require(
				this.policy.mayAnswerComments(consultant, this.cases.summary(comment.getCaseId(), consultant)),
				"Only the case's consultant answers its comments");
		return comment;
	}

	/**
	 * The round a comment or decision now belongs to: one more than the decisions taken
	 * so far.
	 */
	private int currentRound(long caseId) {
		return (int) this.decisions.countByCaseId(caseId) + 1;
	}

}
