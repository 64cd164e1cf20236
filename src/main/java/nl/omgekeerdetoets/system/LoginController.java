package nl.omgekeerdetoets.system;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
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

	LoginController(ObjectProvider<DevelopmentDatabase> developmentDatabase) {
		this.demo = developmentDatabase.getIfAvailable() != null;
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
		return "login";
	}

}
