package nl.omgekeerdetoets.home;

import nl.omgekeerdetoets.cases.FollowUps;
import nl.omgekeerdetoets.reporting.ReturnDays;
import nl.omgekeerdetoets.review.AppreciationService;
import nl.omgekeerdetoets.teams.AccountService;
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

	/** A short list: the rest is one click away, in "my cases" by follow-up date. */
	static final int FOLLOW_UPS_SHOWN = 5;

	private final TeamService teams;

	private final AppreciationService appreciation;

	private final ReturnDays returnDays;

	private final FollowUps followUps;

	private final AccountService accounts;

	HomeController(TeamService teams, AppreciationService appreciation, ReturnDays returnDays, FollowUps followUps,
			AccountService accounts) {
		this.teams = teams;
		this.appreciation = appreciation;
		this.returnDays = returnDays;
		this.followUps = followUps;
		this.accounts = accounts;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("myTeams", this.teams.teamsOf(user.id()));
		return switch (user.role()) {
			case CONSULTANT -> {
				model.addAttribute("compliments", this.appreciation.receivedBy(user.id()));
				model.addAttribute("actions", this.returnDays.openActions(user.id()));
				model.addAttribute("followUpsDue", this.followUps.dueFor(user, FOLLOW_UPS_SHOWN));
				yield "home/consultant";
			}
			case TEAM_LEAD -> {
				// The number waiting for review is the navigation's (navCounts), counted
				// once.
				model.addAttribute("members", this.teams.membersOfTeamsLedBy(user.id()));
				model.addAttribute("actions", this.returnDays.openActions(user.id()));
				yield "home/team-lead";
			}
			case ADMIN -> {
				// People who signed in through the identity provider and wait for a role.
				model.addAttribute("waitingAccounts", this.accounts.waitingCount());
				yield "home/admin";
			}
			case PRIVACY_OFFICER -> "home/privacy-officer";
		};
	}

}
