package nl.omgekeerdetoets.reporting;

import nl.omgekeerdetoets.teams.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A follow-up action from a return day, marked done by its owner from their start page.
 */
@Controller
class ActionController {

	private final ReturnDays returnDays;

	ActionController(ReturnDays returnDays) {
		this.returnDays = returnDays;
	}

	@PostMapping("/actions/{id}/done")
	String done(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		this.returnDays.markDone(id, user);
		redirect.addFlashAttribute("saved", "returnDay.action.done");
		return "redirect:/";
	}

}
