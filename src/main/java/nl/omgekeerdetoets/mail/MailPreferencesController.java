package nl.omgekeerdetoets.mail;

import jakarta.validation.Valid;
import nl.omgekeerdetoets.shared.FieldProblem;
import nl.omgekeerdetoets.shared.StaleVersionException;
import nl.omgekeerdetoets.teams.AccountContact;
import nl.omgekeerdetoets.teams.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Consultants and leads choose here which notifications also reach them by mail, at once
 * or in one mail a day, and in which language.
 */
@Controller
@RequestMapping("/account/mail")
class MailPreferencesController {

	private static final String PAGE = "account/mail";

	private final MailPreferences preferences;

	private final MailServer server;

	private final MailSettings settings;

	MailPreferencesController(MailPreferences preferences, MailServer server, MailSettings settings) {
		this.preferences = preferences;
		this.server = server;
		this.settings = settings;
	}

	@GetMapping
	String show(@AuthenticationPrincipal SignedInUser user, Model model) {
		AccountContact contact = this.preferences.contact(user.id());
		model.addAttribute("mailPreferencesForm", MailPreferencesForm.from(this.preferences.of(user.id()),
				MailKind.forRole(user.role()), contact.language()));
		return page(user, contact, model);
	}

	@PostMapping
	String save(@Valid @ModelAttribute MailPreferencesForm mailPreferencesForm, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		AccountContact contact = this.preferences.contact(user.id());
		if (result.hasErrors()) {
			return page(user, contact, model);
		}
		try {
			this.preferences.save(user, mailPreferencesForm);
		}
		catch (StaleVersionException ex) {
			// Saved in another tab meanwhile: the choices made here stay on the screen,
			// a second save applies them over that one.
			mailPreferencesForm.setVersion(ex.currentVersion());
			result.reject("mail.preferences.stale");
			return page(user, contact, model);
		}
		catch (FieldProblem problem) {
			result.rejectValue(problem.field(), problem.messageKey());
			return page(user, contact, model);
		}
		redirect.addFlashAttribute("saved", "mail.preferences.saved");
		return "redirect:/account/mail";
	}

	private String page(SignedInUser user, AccountContact contact, Model model) {
		model.addAttribute("kinds", MailKind.forRole(user.role()));
		model.addAttribute("address", contact.email());
		model.addAttribute("mailServer", this.server.isConfigured());
		model.addAttribute("languages", AccountContact.LANGUAGES);
		model.addAttribute("digestAt", this.settings.digestAt().toString());
		return PAGE;
	}

}
