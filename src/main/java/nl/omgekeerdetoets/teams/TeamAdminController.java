package nl.omgekeerdetoets.teams;

import jakarta.validation.Valid;
import nl.omgekeerdetoets.shared.FieldProblem;
import nl.omgekeerdetoets.shared.StaleVersionException;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
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

@Controller
@RequestMapping("/admin/teams")
class TeamAdminController {

	private static final String FORM = "admin/teams/form";

	private final TeamService teams;

	TeamAdminController(TeamService teams) {
		this.teams = teams;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean archived,
			@PageableDefault(size = 20, sort = "name") Pageable pageable, Model model) {
		model.addAttribute("teams", this.teams.search(q, archived, withCaseInsensitiveName(pageable)));
		model.addAttribute("q", q);
		model.addAttribute("archived", archived);
		return "admin/teams/list";
	}

	@GetMapping("/new")
	String newTeam(Model model) {
		model.addAttribute("teamForm", new TeamForm());
		return FORM;
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute TeamForm teamForm, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			TeamSummary team = this.teams.create(teamForm.getName(), teamForm.isCasesVisibleToMembers(),
					teamForm.getCaseloadThreshold());
			redirect.addFlashAttribute("saved", "team.saved");
			redirect.addFlashAttribute("savedName", team.name());
			return "redirect:/admin/teams";
		}
		catch (FieldProblem problem) {
			result.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), null);
			return FORM;
		}
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		Team team = this.teams.get(id);
		model.addAttribute("team", team);
		model.addAttribute("teamForm", TeamForm.from(team));
		return FORM;
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute TeamForm teamForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("team", this.teams.get(id));
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			Team team = this.teams.update(id, teamForm.getVersion(), teamForm.getName(),
					teamForm.isCasesVisibleToMembers(), teamForm.getCaseloadThreshold());
			redirect.addFlashAttribute("saved", "team.saved");
			redirect.addFlashAttribute("savedName", team.getName());
			return "redirect:/admin/teams";
		}
		catch (FieldProblem problem) {
			result.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), null);
			return FORM;
		}
		catch (StaleVersionException conflict) {
			// Keep what the admin typed; the next save deliberately applies it over the
			// newer version.
			result.reject("conflict.form");
			model.addAttribute("team", this.teams.get(id));
			teamForm.setVersion(conflict.currentVersion());
			return FORM;
		}
	}

	@PostMapping("/{id}/archive")
	String archive(@PathVariable long id, RedirectAttributes redirect) {
		this.teams.archive(id);
		redirect.addFlashAttribute("saved", "team.archived");
		redirect.addFlashAttribute("savedName", this.teams.get(id).getName());
		return "redirect:/admin/teams";
	}

	@PostMapping("/{id}/restore")
	String restore(@PathVariable long id, RedirectAttributes redirect) {
		this.teams.restore(id);
		redirect.addFlashAttribute("saved", "team.restored");
		redirect.addFlashAttribute("savedName", this.teams.get(id).getName());
		return "redirect:/admin/teams?archived=true";
	}

	/**
	 * Teams sort by name only; any other sort in the URL is ignored rather than passed to
	 * the database.
	 */
	private static Pageable withCaseInsensitiveName(Pageable pageable) {
		Sort sort = Sort.by(pageable.getSort()
			.stream()
			.filter((order) -> order.getProperty().equals("name"))
			.map(Sort.Order::ignoreCase)
			.toList());
		if (sort.isUnsorted()) {
			sort = Sort.by(Sort.Order.asc("name").ignoreCase());
		}
		return org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort);
	}

}
