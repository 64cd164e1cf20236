package nl.omgekeerdetoets.review;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.omgekeerdetoets.cases.CaseFeedback;
import nl.omgekeerdetoets.cases.CaseSummary;
import nl.omgekeerdetoets.cases.ReviewQueue;
import nl.omgekeerdetoets.cases.CaseViews;
import nl.omgekeerdetoets.cases.Step;
import nl.omgekeerdetoets.shared.FieldProblem;
import nl.omgekeerdetoets.shared.NoBsn;
import nl.omgekeerdetoets.shared.PersonalData;
import nl.omgekeerdetoets.shared.StaleVersionException;
import nl.omgekeerdetoets.teams.AccountService;
import nl.omgekeerdetoets.teams.SignedInUser;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The team lead's side: the review queue, the review page with all four steps, comments,
 * the decision, compliments and marking a case exemplary.
 */
@Controller
@RequestMapping("/review")
class ReviewController {

	private static final String PAGE = "review/case";

	private final ReviewService reviews;

	private final AppreciationService appreciation;

	private final CaseViews caseViews;

	private final CaseFeedback feedback;

	private final AccountService accounts;

	private final Clock clock;

	ReviewController(ReviewService reviews, AppreciationService appreciation, CaseViews caseViews,
			CaseFeedback feedback, AccountService accounts, Clock clock) {
		this.reviews = reviews;
		this.appreciation = appreciation;
		this.caseViews = caseViews;
		this.feedback = feedback;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * The queue. Its length comes from the navigation's count of this request, so that it
	 * is counted once.
	 */
	@GetMapping
	String queue(@AuthenticationPrincipal SignedInUser lead, @PageableDefault(size = 25) Pageable pageable,
			@ModelAttribute("navCounts") ReviewNavigation.NavCounts counts, Model model) {
		ReviewQueue.Page queue = this.reviews.queue(lead, counts.reviewQueue(),
				PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
		model.addAttribute("queue", queue);
		model.addAttribute("owners",
				this.accounts.displayNames(queue.rows().stream().map(ReviewQueue.QueuedCase::ownerId).toList()));
		model.addAttribute("daysWaiting",
				queue.rows()
					.stream()
					.collect(java.util.stream.Collectors.toMap(ReviewQueue.QueuedCase::id,
							(c) -> daysWaiting(c.submittedAt(), this.clock.instant()))));
		return "review/queue";
	}

	@GetMapping("/cases/{id}")
	String review(@PathVariable long id, @AuthenticationPrincipal SignedInUser lead, Model model) {
		return show(id, lead, model, new CommentForm(), new DecisionForm(), new ComplimentForm());
	}

	@PostMapping("/cases/{id}/comments")
	String comment(@PathVariable long id, @Valid @ModelAttribute("commentForm") CommentForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser lead, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.reviews.comment(id, lead, form.getStep(), form.getField(), form.getText());
				redirect.addFlashAttribute("saved", "review.comment.saved");
				return "redirect:/review/cases/" + id + "#step-" + form.getStep().slug();
			}
			catch (FieldProblem problem) {
				result.rejectValue(problem.field(), problem.messageKey());
			}
		}
		return show(id, lead, model, form, new DecisionForm(), new ComplimentForm());
	}

	@PostMapping("/cases/{id}/decision")
	String decide(@PathVariable long id, @Valid @ModelAttribute("decisionForm") DecisionForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser lead, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.reviews.decide(id, lead, form.getDecision(), form.getReason());
				redirect.addFlashAttribute("saved", "review.decision." + form.getDecision());
				return "redirect:/review/cases/" + id;
			}
			catch (FieldProblem problem) {
				result.rejectValue(problem.field(), problem.messageKey());
			}
		}
		return show(id, lead, model, new CommentForm(), form, new ComplimentForm());
	}

	@PostMapping("/cases/{id}/compliments")
	String compliment(@PathVariable long id, @Valid @ModelAttribute("complimentForm") ComplimentForm form,
			BindingResult result, @AuthenticationPrincipal SignedInUser lead, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.appreciation.compliment(id, lead, form.getStep(), form.getText(), form.isShare());
				redirect.addFlashAttribute("saved", "compliment.saved");
				return "redirect:/review/cases/" + id;
			}
			catch (FieldProblem problem) {
				result.rejectValue(problem.field(), problem.messageKey());
			}
		}
		return show(id, lead, model, new CommentForm(), new DecisionForm(), form);
	}

	@GetMapping("/cases/{id}/exemplary")
	String exemplaryForm(@PathVariable long id, @AuthenticationPrincipal SignedInUser lead, Model model,
			RedirectAttributes redirect) {
		AppreciationService.Exemplary exemplary;
		try {
			exemplary = this.appreciation.exemplaryForm(id, lead);
		}
		catch (FieldProblem notYet) {
			// Only an approved case becomes an example: say so on the review page.
			redirect.addFlashAttribute("problem", notYet.messageKey());
			return "redirect:/review/cases/" + id;
		}
		model.addAttribute("exemplaryForm", exemplary.form());
		return showExemplary(exemplary.caseFile(), model);
	}

	@PostMapping("/cases/{id}/exemplary")
	String markExemplary(@PathVariable long id, @Valid @ModelAttribute("exemplaryForm") ExemplaryForm form,
			BindingResult result, @AuthenticationPrincipal SignedInUser lead, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showExemplary(id, lead, model);
		}
		try {
			List<PersonalData.Finding> findings = this.appreciation.markExemplary(id, lead, form);
			if (!findings.isEmpty()) {
				model.addAttribute("findings", findings);
				result.reject("exemplary.personalData");
				return showExemplary(id, lead, model);
			}
		}
		catch (StaleVersionException conflict) {
			result.reject("conflict.form");
			form.setVersion(conflict.currentVersion());
			return showExemplary(id, lead, model);
		}
		catch (FieldProblem problem) {
			result.reject(problem.messageKey());
			return showExemplary(id, lead, model);
		}
		redirect.addFlashAttribute("saved", "exemplary.saved");
		return "redirect:/review/cases/" + id;
	}

	private String show(long id, SignedInUser lead, Model model, CommentForm commentForm, DecisionForm decisionForm,
			ComplimentForm complimentForm) {
		CaseSummary caseFile = this.reviews.requireReviewable(this.caseViews.addTo(model, id, lead), lead);
		CaseFeedback.Everything feedback = this.feedback.everythingOn(id);
		model.addAttribute("commentsByStep",
				feedback.comments()
					.stream()
					.collect(java.util.stream.Collectors.groupingBy(CaseFeedback.StepComment::step)));
		model.addAttribute("compliments", feedback.compliments());
		// The decisions with their reviewers' names came with the comments and
		// compliments.
		List<CaseFeedback.Decision> decisions = feedback.decisions();
		model.addAttribute("decisionRounds", decisions);
		model.addAttribute("owner", this.accounts.displayNames(List.of(caseFile.ownerId())).get(caseFile.ownerId()));
		int round = ReviewService.roundOf(caseFile, decisions.size());
		model.addAttribute("round", round);
		// From round 2 on: what changed in each step since the previous round.
		java.util.Optional<RoundChanges> changes = (round > 1) ? this.reviews.changesSincePreviousRound(id)
				: java.util.Optional.empty();
		model.addAttribute("changes", changes.orElse(null));
		model.addAttribute("changesMissing", round > 1 && changes.isEmpty());
		model.addAttribute("commentForm", commentForm);
		model.addAttribute("decisionForm", decisionForm);
		model.addAttribute("complimentForm", complimentForm);
		model.addAttribute("decisions", ReviewDecision.Kind.values());
		return PAGE;
	}

	private String showExemplary(long id, SignedInUser lead, Model model) {
		return showExemplary(this.reviews.reviewable(id, lead), model);
	}

	private String showExemplary(CaseSummary caseFile, Model model) {
		model.addAttribute("caseFile", caseFile);
		model.addAttribute("steps", Step.values());
		return "review/exemplary";
	}

	/** How long a case has waited, in whole days. */
	static long daysWaiting(java.time.Instant submittedAt, java.time.Instant now) {
		return (submittedAt == null) ? 0 : Duration.between(submittedAt, now).toDays();
	}

	static class CommentForm {

		@NotNull(message = "{review.comment.step.required}")
		private Step step;

		@Size(max = 80)
		private String field;

		@NotBlank(message = "{review.comment.text.required}")
		@Size(max = 4000, message = "{validation.size}")
		@NoBsn
		private String text;

		public Step getStep() {
			return this.step;
		}

		public void setStep(Step step) {
			this.step = step;
		}

		public String getField() {
			return this.field;
		}

		public void setField(String field) {
			this.field = field;
		}

		public String getText() {
			return this.text;
		}

		public void setText(String text) {
			this.text = text;
		}

	}

	static class DecisionForm {

		@NotNull(message = "{review.decision.required}")
		private ReviewDecision.Kind decision;

		@Size(max = 4000, message = "{validation.size}")
		@NoBsn
		private String reason;

		public ReviewDecision.Kind getDecision() {
			return this.decision;
		}

		public void setDecision(ReviewDecision.Kind decision) {
			this.decision = decision;
		}

		public String getReason() {
			return this.reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

	}

	static class ComplimentForm {

		@NotNull(message = "{compliment.step.required}")
		private Step step;

		@NotBlank(message = "{compliment.text.required}")
		@Size(max = 2000, message = "{validation.size}")
		@NoBsn
		private String text;

		private boolean share;

		public Step getStep() {
			return this.step;
		}

		public void setStep(Step step) {
			this.step = step;
		}

		public String getText() {
			return this.text;
		}

		public void setText(String text) {
			this.text = text;
		}

		public boolean isShare() {
			return this.share;
		}

		public void setShare(boolean share) {
			this.share = share;
		}

	}

}
