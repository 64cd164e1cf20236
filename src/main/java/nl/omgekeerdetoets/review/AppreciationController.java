package nl.omgekeerdetoets.review;

import java.util.List;
import java.util.stream.Collectors;

import nl.omgekeerdetoets.cases.LawDomain;
import nl.omgekeerdetoets.cases.Step;
import nl.omgekeerdetoets.teams.AccountService;
import nl.omgekeerdetoets.teams.SignedInUser;
import nl.omgekeerdetoets.teams.TeamSummary;
import nl.omgekeerdetoets.teams.TeamService;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Appreciation for everyone: the team's shared compliments ("in het zonnetje") and the
 * organisation's library of exemplary solutions.
 */
@Controller
class AppreciationController {

	private final AppreciationService appreciation;

	private final TeamService teams;

	private final AccountService accounts;

	AppreciationController(AppreciationService appreciation, TeamService teams, AccountService accounts) {
		this.appreciation = appreciation;
		this.teams = teams;
		this.accounts = accounts;
	}

	@GetMapping("/team/compliments")
	String sunshine(@AuthenticationPrincipal SignedInUser user, @PageableDefault(size = 20) Pageable pageable,
			Model model) {
		List<TeamSummary> myTeams = this.teams.teamsOf(user.id());
		Page<Compliment> shared = this.appreciation.sharedWith(myTeams.stream().map(TeamSummary::id).toList(),
				pageable);
		model.addAttribute("compliments", shared);
		model.addAttribute("names",
				this.accounts.displayNames(shared.stream()
					.flatMap((c) -> java.util.stream.Stream.of(c.getConsultantId(), c.getLeadId()))
					.collect(Collectors.toSet())));
		model.addAttribute("teamNames", myTeams.stream().collect(Collectors.toMap(TeamSummary::id, TeamSummary::name)));
		return "review/sunshine";
	}

	@GetMapping("/exemplary")
	String library(@RequestParam(required = false) LawDomain domain, @RequestParam(required = false) Step step,
			@RequestParam(required = false) String q, @PageableDefault(size = 10) Pageable pageable, Model model) {
		model.addAttribute("entries", this.appreciation.library(domain, step, q, pageable));
		model.addAttribute("domain", domain);
		model.addAttribute("step", step);
		model.addAttribute("q", q);
		model.addAttribute("domains", LawDomain.values());
		model.addAttribute("steps", Step.values());
		return "review/library";
	}

}
