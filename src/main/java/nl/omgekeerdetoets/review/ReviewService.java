package nl.omgekeerdetoets.review;

import java.time.Clock;
import java.util.List;

import nl.omgekeerdetoets.audit.AuditLog;
import nl.omgekeerdetoets.cases.CaseFile;
import nl.omgekeerdetoets.cases.CaseService;
import nl.omgekeerdetoets.cases.CaseStatus;
import nl.omgekeerdetoets.cases.Step;
import nl.omgekeerdetoets.review.ReviewDecision.Kind;
import nl.omgekeerdetoets.shared.FieldProblem;
import nl.omgekeerdetoets.shared.RecordNotFoundException;
import nl.omgekeerdetoets.teams.Role;
import nl.omgekeerdetoets.teams.SignedInUser;
import nl.omgekeerdetoets.teams.Team;
import nl.omgekeerdetoets.teams.TeamService;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
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

	private final TeamService teams;

	private final CommentRepository comments;

	private final DecisionRepository decisions;

	private final NotificationService notifications;

	private final AuditLog auditLog;

	private final Clock clock;

	ReviewService(CaseService cases, TeamService teams, CommentRepository comments, DecisionRepository decisions,
			NotificationService notifications, AuditLog auditLog, Clock clock) {
		this.cases = cases;
		this.teams = teams;
		this.comments = comments;
		this.decisions = decisions;
		this.notifications = notifications;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** Every case in review in the teams this lead leads, oldest first. */
	@Transactional(readOnly = true)
	public Page<CaseFile> queue(SignedInUser lead, Pageable pageable) {
		return this.cases.awaitingReview(ledTeamIds(lead), pageable);
	}

	@Transactional(readOnly = true)
	public long queueSize(SignedInUser lead) {
		return this.cases.countAwaitingReview(ledTeamIds(lead));
	}

	/** The case for this lead to review; refused for anyone else. */
	CaseFile reviewable(long caseId, SignedInUser lead) {
		requireLead(lead);
		CaseFile caseFile = this.cases.read(caseId, lead);
		if (!ledTeamIds(lead).contains(caseFile.getTeamId())) {
			throw new RecordNotFoundException("Case", caseId);
		}
		if (this.cases.hasWorkedOn(caseId, lead)) {
			throw new AccessDeniedException(
					"Maker is not checker: " + lead.getUsername() + " worked on case " + caseId);
		}
		return caseFile;
	}

	void comment(long caseId, SignedInUser lead, Step step, String field, String text) {
		CaseFile caseFile = reviewable(caseId, lead);
		if (caseFile.getStatus() != CaseStatus.IN_REVIEW) {
			throw new FieldProblem("text", "review.comment.notInReview");
		}
		this.comments.save(new ReviewComment(caseId, currentRound(caseId), step,
				(field != null && step.hasField(field)) ? field : null, lead.id(), text.strip(), this.clock.instant()));
		this.notifications.notify(caseFile.getOwnerId(), caseId, Notification.Kind.COMMENTED);
		this.auditLog.record("REVIEW_COMMENTED", "CASE", caseId, caseFile.getReference(), "step=" + step.slug());
	}

	void decide(long caseId, SignedInUser lead, Kind decision, String reason) {
		CaseFile caseFile = reviewable(caseId, lead);
		String cleanReason = blankToNull(reason);
		if (decision == Kind.CHANGES_REQUESTED && cleanReason == null) {
			throw new FieldProblem("reason", "review.reason.required");
		}
		if (caseFile.getStatus() != CaseStatus.IN_REVIEW) {
			throw new FieldProblem("decision", "review.decision.notInReview");
		}
		int round = currentRound(caseId);
		this.decisions.save(new ReviewDecision(caseId, round, lead.id(), decision, cleanReason, this.clock.instant()));
		if (decision == Kind.APPROVED) {
			this.cases.approve(caseId, lead.id());
			this.notifications.notify(caseFile.getOwnerId(), caseId, Notification.Kind.APPROVED);
		}
		else {
			this.cases.requestChanges(caseId, lead.id());
			this.notifications.notify(caseFile.getOwnerId(), caseId, Notification.Kind.CHANGES_REQUESTED);
		}
	}

	/** The consultant answers a comment on their own case. */
	void answer(long commentId, SignedInUser consultant, String answer) {
		ReviewComment comment = ownComment(commentId, consultant);
		comment.answer(answer.strip(), this.clock.instant());
	}

	/** The consultant marks a comment on their own case as dealt with. */
	void resolve(long commentId, SignedInUser consultant) {
		ownComment(commentId, consultant).resolve(this.clock.instant());
	}

	long caseOfComment(long commentId) {
		return this.comments.findById(commentId)
			.orElseThrow(() -> new RecordNotFoundException("Comment", commentId))
			.getCaseId();
	}

	@Transactional(readOnly = true)
	List<ReviewDecision> rounds(long caseId) {
		return this.decisions.findByCaseIdOrderByRoundAsc(caseId);
	}

	List<Long> ledTeamIds(SignedInUser lead) {
		return lead.is(Role.TEAM_LEAD) ? this.teams.teamsOf(lead.id()).stream().map(Team::getId).toList() : List.of();
	}

	private ReviewComment ownComment(long commentId, SignedInUser consultant) {
		ReviewComment comment = this.comments.findById(commentId)
			.orElseThrow(() -> new RecordNotFoundException("Comment", commentId));
		CaseFile caseFile = this.cases.read(comment.getCaseId(), consultant);
		if (caseFile.getOwnerId() != consultant.id()) {
			throw new AccessDeniedException("Only the case's consultant answers its comments");
		}
		return comment;
	}

	/**
	 * The round a comment or decision now belongs to: one more than the decisions taken
	 * so far.
	 */
	private int currentRound(long caseId) {
		return (int) this.decisions.countByCaseId(caseId) + 1;
	}

	private static void requireLead(SignedInUser user) {
		if (!user.is(Role.TEAM_LEAD)) {
			throw new AccessDeniedException("Only team leads review cases");
		}
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
