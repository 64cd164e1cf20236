package nl.omgekeerdetoets.cases;

import nl.omgekeerdetoets.cases.CaseQueries.Scope;
import nl.omgekeerdetoets.teams.Role;
import nl.omgekeerdetoets.teams.SignedInUser;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

@Controller
class CaseListController {

	private final CaseQueries queries;

	CaseListController(CaseQueries queries) {
		this.queries = queries;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("statuses", CaseStatus.values());
		model.addAttribute("domains", LawDomain.values());
		model.addAttribute("steps", Step.values());
	}

	@GetMapping("/cases")
	String myCases(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("filter") CaseFilter filter,
			@PageableDefault(size = 20) Pageable pageable, Model model) {
		model.addAttribute("list", this.queries.list(user, Scope.MINE, filter, pageable));
		model.addAttribute("scope", "mine");
		return "cases/list";
	}

	@GetMapping("/cases/team")
	String teamCases(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("filter") CaseFilter filter,
			@PageableDefault(size = 20) Pageable pageable, Model model) {
		model.addAttribute("list", this.queries.list(user, Scope.TEAM, filter, pageable));
		model.addAttribute("scope", "team");
		model.addAttribute("showTeamFilter", user.is(Role.TEAM_LEAD));
		return "cases/list";
	}

}
