package nl.omgekeerdetoets.home;

import nl.omgekeerdetoets.teams.SignedInUser;
import nl.omgekeerdetoets.teams.TeamService;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page, different per role: each shows what that person does next.
 */
@Controller
class HomeController {

	private final TeamService teams;

	HomeController(TeamService teams) {
		this.teams = teams;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("myTeams", this.teams.teamsOf(user.id()));
		return switch (user.role()) {
			case CONSULTANT -> "home/consultant";
			case TEAM_LEAD -> {
				model.addAttribute("members", this.teams.membersOfTeamsLedBy(user.id()));
				yield "home/team-lead";
			}
			case ADMIN -> "home/admin";
		};
	}

}
