package nl.omgekeerdetoets.review;

import nl.omgekeerdetoets.cases.CaseService;
import nl.omgekeerdetoets.teams.SignedInUser;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The consultant's side of a review: answering and resolving comments, and the list of
 * what is new.
 */
@Controller
class FeedbackController {

	private final ReviewService reviews;

	private final NotificationService notifications;

	private final CaseService cases;

	FeedbackController(ReviewService reviews, NotificationService notifications, CaseService cases) {
		this.reviews = reviews;
		this.notifications = notifications;
		this.cases = cases;
	}

	@PostMapping("/feedback/comments/{id}/answer")
	String answer(@PathVariable long id, @RequestParam(required = false) String answer,
			@AuthenticationPrincipal SignedInUser consultant, RedirectAttributes redirect) {
		long caseId = this.reviews.caseOfComment(id);
		if (answer == null) {
			redirect.addFlashAttribute("problem", "feedback.answer.required");
		}
		else if (answer.length() > 4000 || nl.omgekeerdetoets.shared.Bsn.occursIn(answer)) {
			redirect.addFlashAttribute("problem", "feedback.answer.invalid");
		}
		else {
			this.reviews.answer(id, consultant, answer);
			redirect.addFlashAttribute("saved", "feedback.answered");
		}
		return "redirect:/cases/" + caseId + "#comment-" + id;
	}

	@PostMapping("/feedback/comments/{id}/resolve")
	String resolve(@PathVariable long id, @AuthenticationPrincipal SignedInUser consultant,
			RedirectAttributes redirect) {
		long caseId = this.reviews.caseOfComment(id);
		this.reviews.resolve(id, consultant);
		redirect.addFlashAttribute("saved", "feedback.resolved");
		return "redirect:/cases/" + caseId + "#comment-" + id;
	}

	@GetMapping("/notifications")
	String notifications(@AuthenticationPrincipal SignedInUser user, @PageableDefault(size = 30) Pageable pageable,
			Model model) {
		var recent = this.notifications.recent(user.id(),
				PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
		model.addAttribute("notifications", recent);
		model.addAttribute("references", this.cases.references(recent.stream().map(Notification::getCaseId).toList()));
		// Shown once, then no longer new.
		this.notifications.markAllRead(user.id());
		return "review/notifications";
	}

}
