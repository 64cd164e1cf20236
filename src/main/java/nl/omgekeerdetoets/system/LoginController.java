package nl.omgekeerdetoets.system;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

	/** The usernames the demo data creates, one or more per role. */
	static final List<String> DEMO_ACCOUNTS = List.of("consulent", "consulent2", "consulent3", "teamleider",
			"teamleider2", "beheerder");

	private final boolean demo;

	private final List<SingleSignOn.Provider> providers;

	private final boolean localPasswords;

	LoginController(ObjectProvider<DevelopmentDatabase> developmentDatabase,
			ObjectProvider<ClientRegistrationRepository> registrations,
			@Value("${ot.sso.local-passwords:true}") boolean localPasswords) {
		this.demo = developmentDatabase.getIfAvailable() != null;
		ClientRegistrationRepository repository = registrations.getIfAvailable();
		this.providers = (repository != null) ? SingleSignOn.providers(repository) : List.of();
		// Without a provider, passwords are the only way in, whatever the setting says.
		this.localPasswords = localPasswords || this.providers.isEmpty();
	}

	@GetMapping("/login")
	String login(Authentication authentication, @RequestParam Map<String, String> parameters, Model model,
			HttpServletRequest request) {
		if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
				&& authentication.isAuthenticated()) {
			return "redirect:/";
		}
		// The demo accounts are listed only on the embedded demo database, never on a
		// real one.
		// Spring Security marks the outcome with a bare parameter: /login?error,
		// /login?logout.
		model.addAttribute("failed", parameters.containsKey("error"));
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(ResumeAfterLogin.LAST_USERNAME) instanceof String username) {
			session.removeAttribute(ResumeAfterLogin.LAST_USERNAME);
			model.addAttribute("username", parameters.containsKey("error") ? username : null);
		}
		model.addAttribute("loggedOut", parameters.containsKey("logout"));
		model.addAttribute("expired", parameters.containsKey("expired"));
		// The step page to go back to after logging in again, when the session expired
		// while the user was typing.
		model.addAttribute("resumePage", ResumePage.of(parameters.get(ResumePage.PARAMETER)).orElse(null));
		model.addAttribute("demo", this.demo);
		model.addAttribute("demoAccounts", DEMO_ACCOUNTS);
		model.addAttribute("providers", this.providers);
		// With local passwords off the form is there only for the break-glass accounts,
		// behind a link of its own (/login?local); a failed attempt shows it again.
		model.addAttribute("passwordForm",
				this.localPasswords || parameters.containsKey("local") || parameters.containsKey("error"));
		model.addAttribute("breakGlass", !this.localPasswords);
		return "login";
	}

	/**
	 * Someone the identity provider signed in whom the app does not let in: no account,
	 * an account that waits for the admin or is deactivated, groups that give no role, or
	 * a sign-in that failed at the provider.
	 */
	@GetMapping(SingleSignOn.REFUSED)
	String refused(@RequestParam(required = false) String reason, Model model) {
		model.addAttribute("reason", SingleSignOn.REASONS.contains(reason) ? reason : SingleSignOn.FAILED);
		model.addAttribute("providers", this.providers);
		return "login-refused";
	}

}
