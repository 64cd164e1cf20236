package nl.omgekeerdetoets.teams;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import nl.omgekeerdetoets.shared.FieldProblem;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Everyone changes their own password here.
 */
@Controller
@RequestMapping("/account/password")
class PasswordController {

	private static final String FORM = "account/password";

	private final AccountService accounts;

	PasswordController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	String form(@ModelAttribute PasswordForm passwordForm) {
		return FORM;
	}

	@PostMapping
	String change(@Valid @ModelAttribute PasswordForm passwordForm, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, HttpSession session, RedirectAttributes redirect) {
		if (passwordForm.getCurrentPassword() == null || passwordForm.getCurrentPassword().isEmpty()) {
			result.rejectValue("currentPassword", "password.current.required");
		}
		passwordForm.checkRules(result, user.getUsername(), user.displayName());
		passwordForm.checkConfirmation(result);
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			this.accounts.changeOwnPassword(user.id(), passwordForm.getCurrentPassword(), passwordForm.getNewPassword(),
					session.getId());
		}
		catch (FieldProblem problem) {
			result.rejectValue(problem.field(), problem.messageKey());
			return FORM;
		}
		redirect.addFlashAttribute("saved", "password.changed");
		return "redirect:/";
	}

}
