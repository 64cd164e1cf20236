package nl.omgekeerdetoets.cases;

import java.time.Clock;
import java.time.LocalDate;

import nl.omgekeerdetoets.shared.FieldProblem;
import nl.omgekeerdetoets.shared.RecordNotFoundException;
import nl.omgekeerdetoets.shared.StaleVersionException;
import nl.omgekeerdetoets.teams.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Recording a case's follow-up after 6 or 12 months: per desired effect whether it was
 * reached. Who may is {@link CasePolicy#mayEvaluate}; when, {@link FollowUp}.
 */
@Controller
class FollowUpController {

	private final CaseService cases;

	private final SmartValidator validator;

	private final Clock clock;

	FollowUpController(CaseService cases, SmartValidator validator, Clock clock) {
		this.cases = cases;
		this.validator = validator;
		this.clock = clock;
	}

	@GetMapping("/cases/{id}/follow-ups/{months}")
	String followUp(@PathVariable long id, @PathVariable int months, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		CaseFile caseFile = openFollowUp(id, months, user);
		model.addAttribute("followUpForm", FollowUpForm.from(caseFile, caseFile.followUp(months)));
		return page(model, caseFile, months);
	}

	@PostMapping("/cases/{id}/follow-ups/{months}")
	String record(@PathVariable long id, @PathVariable int months, @ModelAttribute("followUpForm") FollowUpForm form,
			BindingResult result, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		CaseFile caseFile = openFollowUp(id, months, user);
		form.coverEffects(caseFile.getEffect().getEffects().size());
		this.validator.validate(form, result);
		if (caseFile.followUp(months).isEarly(LocalDate.now(this.clock)) && form.getEarlyReason() == null
				&& !result.hasFieldErrors("earlyReason")) {
			result.rejectValue("earlyReason", "followUp.earlyReason.required");
		}
		if (result.hasErrors()) {
			return page(model, caseFile, months);
		}
		try {
			this.cases.recordFollowUp(id, months, user, form);
		}
		catch (StaleVersionException conflict) {
			// What the user typed stays in the form; the next save goes over the newer
			// version, after they saw it on the case page.
			result.reject("conflict.form");
			CaseFile newer = this.cases.evaluable(id, user);
			form.setVersion(newer.getVersion());
			return page(model, newer, months);
		}
		catch (FieldProblem problem) {
			result.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), null);
			return page(model, caseFile, months);
		}
		redirect.addFlashAttribute("saved", "case.evaluated");
		redirect.addFlashAttribute("savedName", "");
		return "redirect:/cases/" + id + "#follow-ups-title";
	}

	/**
	 * The case, for its owner, once approved (else 403), with this follow-up open (else
	 * 409); a follow-up other than 6 or 12 months does not exist.
	 */
	private CaseFile openFollowUp(long id, int months, SignedInUser user) {
		if (months != 6 && months != 12) {
			throw new RecordNotFoundException("Follow-up", months);
		}
		CaseFile caseFile = this.cases.evaluable(id, user);
		if (!caseFile.isFollowUpOpen(months, LocalDate.now(this.clock))) {
			throw new IllegalCaseTransitionException("The " + months + "-month follow-up is not open yet");
		}
		return caseFile;
	}

	private String page(Model model, CaseFile caseFile, int months) {
		FollowUp followUp = caseFile.followUp(months);
		model.addAttribute("caseFile", caseFile);
		model.addAttribute("followUp", followUp);
		model.addAttribute("early", followUp.isEarly(LocalDate.now(this.clock)));
		model.addAttribute("recordedBy", followUp.getRecordedByName());
		model.addAttribute("outcomes", Choices.Outcome.values());
		return "cases/follow-up";
	}

}
