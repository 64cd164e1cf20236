package nl.omgekeerdetoets.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import nl.omgekeerdetoets.shared.FieldProblem;
import nl.omgekeerdetoets.shared.StaleVersionException;
import nl.omgekeerdetoets.teams.SignedInUser;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Opening a case, the case page with all four steps and its follow-ups, and submitting
 * for review. The follow-ups are recorded in {@link FollowUpController}.
 */
@Controller
class CaseController {

	private final CaseService cases;

	private final CaseViews caseViews;

	private final CasePolicy policy;

	private final CaseFeedback feedback;

	private final CaseHistory history;

	private final Clock clock;

	CaseController(CaseService cases, CaseViews caseViews, CasePolicy policy, ObjectProvider<CaseFeedback> feedback,
			CaseHistory history, Clock clock) {
		this.cases = cases;
		this.clock = clock;
		this.history = history;
		this.caseViews = caseViews;
		this.policy = policy;
		this.feedback = feedback.getIfAvailable(() -> CaseFeedback.NONE);
	}

	@GetMapping("/cases/new")
	@PreAuthorize("@casePolicy.mayOpen(principal)")
	String newCase(Model model) {
		model.addAttribute("intake", new CaseIntakeForm());
		model.addAttribute("domains", LawDomain.values());
		return "cases/new";
	}

	@PostMapping("/cases/new")
	@PreAuthorize("@casePolicy.mayOpen(principal)")
	String open(@Valid @ModelAttribute("intake") CaseIntakeForm intake, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		model.addAttribute("domains", LawDomain.values());
		if (result.hasErrors()) {
			return "cases/new";
		}
		try {
			CaseFile caseFile = this.cases.open(user, intake);
			redirect.addFlashAttribute("saved", "case.opened");
			redirect.addFlashAttribute("savedName", caseFile.getReference());
			return "redirect:/cases/" + caseFile.getId() + "/steps/effect";
		}
		catch (FieldProblem problem) {
			result.reject(problem.messageKey());
			return "cases/new";
		}
	}

	@GetMapping("/cases/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		CaseFile caseFile = this.cases.read(id, user);
		addCaseView(model, caseFile, user);
		model.addAttribute("history", this.history.of(id));
		return "cases/show";
	}

	@PostMapping("/cases/{id}/submit")
	String submit(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal SignedInUser user,
			Model model, RedirectAttributes redirect) {
		List<Gap> gaps;
		try {
			gaps = this.cases.submit(id, user, version);
		}
		catch (StaleVersionException conflict) {
			redirect.addFlashAttribute("problem", "case.submit.conflict");
			return "redirect:/cases/" + id;
		}
		if (!gaps.isEmpty()) {
			// Shown on the case page after the redirect, so reloading or switching
			// language never posts again.
			redirect.addFlashAttribute("gaps", gaps);
			return "redirect:/cases/" + id + "#error-summary";
		}
		redirect.addFlashAttribute("saved", "case.submitted");
		redirect.addFlashAttribute("savedName", "");
		return "redirect:/cases/" + id;
	}

	@PostMapping("/cases/{id}/withdraw")
	String withdraw(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) Choices.WithdrawalReason reason, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		if (reason == null) {
			// Refused before anything is read or written; the page says why, at the
			// field.
			this.cases.read(id, user);
			redirect.addFlashAttribute("withdrawProblem", "case.withdraw.reason.required");
			return "redirect:/cases/" + id + "#withdraw";
		}
		try {
			this.cases.withdraw(id, user, version, reason);
		}
		catch (StaleVersionException conflict) {
			redirect.addFlashAttribute("problem", "case.withdraw.conflict");
			return "redirect:/cases/" + id;
		}
		redirect.addFlashAttribute("saved", "case.withdrawn");
		redirect.addFlashAttribute("savedName", "");
		return "redirect:/cases/" + id;
	}

	private void addCaseView(Model model, CaseFile caseFile, SignedInUser user) {
		this.caseViews.addTo(model, caseFile);
		CaseSummary summary = CaseSummary.of(caseFile);
		model.addAttribute("editable", this.policy.mayEdit(user, summary));
		model.addAttribute("mayWithdraw", this.policy.mayWithdraw(user, summary));
		model.addAttribute("withdrawalReasons", Choices.WithdrawalReason.values());
		model.addAttribute("isOwner", user.id() == caseFile.getOwnerId());
		CaseFeedback.Everything feedback = this.feedback.everythingOn(caseFile.getId());
		model.addAttribute("commentsByStep",
				feedback.comments().stream().collect(Collectors.groupingBy(CaseFeedback.StepComment::step)));
		model.addAttribute("compliments", feedback.compliments());
		List<CaseFeedback.Decision> decisions = feedback.decisions();
		model.addAttribute("decisions", decisions);
		model.addAttribute("lastDecision", decisions.isEmpty() ? null : decisions.get(decisions.size() - 1));
		// The review round: one more than the decisions while in review, else the last
		// one decided; none before the first submission (also when withdrawn before it).
		boolean neverSubmitted = caseFile.getSubmittedAt() == null;
		model.addAttribute("round", neverSubmitted ? 0
				: Math.max(1, decisions.size() + ((caseFile.getStatus() == CaseStatus.IN_REVIEW) ? 1 : 0)));
		model.addAttribute("mayEvaluate", this.policy.mayEvaluate(user, summary));
		model.addAttribute("today", LocalDate.now(this.clock));
	}

}
