package nl.omgekeerdetoets.privacy;

import jakarta.validation.Valid;
import nl.omgekeerdetoets.shared.FieldProblem;
import nl.omgekeerdetoets.teams.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Legal holds for leads (their teams' cases) and admins (any case, by reference): the
 * holds in force, placing one with a reason, releasing one.
 */
@Controller
@RequestMapping("/holds")
class HoldController {

	private static final String PAGE = "holds/index";

	private final LegalHolds holds;

	HoldController(LegalHolds holds) {
		this.holds = holds;
	}

	@ModelAttribute("reasons")
	HoldReason[] reasons() {
		return HoldReason.values();
	}

	@GetMapping
	String index(@RequestParam(required = false) String reference, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		LegalHoldForm form = new LegalHoldForm();
		form.setReference(reference);
		model.addAttribute("legalHoldForm", form);
		return page(user, model);
	}

	@PostMapping
	String place(@Valid @ModelAttribute LegalHoldForm legalHoldForm, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(user, model);
		}
		try {
			LegalHold hold = this.holds.place(legalHoldForm, user);
			redirect.addFlashAttribute("saved", "hold.placed");
			redirect.addFlashAttribute("savedName", hold.reference());
			return "redirect:/holds";
		}
		catch (FieldProblem problem) {
			result.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), null);
			return page(user, model);
		}
	}

	@PostMapping("/{id}/release")
	String release(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		this.holds.release(id, user);
		redirect.addFlashAttribute("saved", "hold.released");
		return "redirect:/holds";
	}

	private String page(SignedInUser user, Model model) {
		model.addAttribute("holds", this.holds.inForce(user));
		return PAGE;
	}

}
