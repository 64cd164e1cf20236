package nl.omgekeerdetoets.library;

import jakarta.validation.Valid;
import nl.omgekeerdetoets.shared.StaleVersionException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adding, editing, retiring and restoring the goals of one law. Goals are never deleted:
 * cases refer to them.
 */
@Controller
@RequestMapping("/admin/laws/{lawId}/goals")
class LawGoalAdminController {

	private static final String FORM = "admin/laws/goal-form";

	private static final String BACK_TO_LAW = "redirect:/admin/laws/{lawId}";

	private final LawService laws;

	LawGoalAdminController(LawService laws) {
		this.laws = laws;
	}

	@GetMapping("/new")
	String newGoal(@PathVariable long lawId, Model model) {
		Law law = this.laws.get(lawId);
		model.addAttribute("law", law);
		model.addAttribute("lawGoalForm", LawGoalForm.newFor(law));
		return FORM;
	}

	@PostMapping("/new")
	String add(@PathVariable long lawId, @Valid @ModelAttribute LawGoalForm lawGoalForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Law law = this.laws.get(lawId);
		model.addAttribute("law", law);
		if (result.hasErrors()) {
			return FORM;
		}
		this.laws.addGoal(lawId, lawGoalForm.toDetails());
		redirect.addFlashAttribute("saved", "lawGoal.added");
		redirect.addFlashAttribute("savedName", law.getName());
		return BACK_TO_LAW;
	}

	@GetMapping("/{goalId}")
	String edit(@PathVariable long lawId, @PathVariable long goalId, Model model) {
		LawGoal goal = this.laws.getGoal(lawId, goalId);
		model.addAttribute("law", goal.getLaw());
		model.addAttribute("goal", goal);
		model.addAttribute("lawGoalForm", LawGoalForm.from(goal));
		return FORM;
	}

	@PostMapping("/{goalId}")
	String update(@PathVariable long lawId, @PathVariable long goalId, @Valid @ModelAttribute LawGoalForm lawGoalForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		LawGoal goal = this.laws.getGoal(lawId, goalId);
		model.addAttribute("law", goal.getLaw());
		model.addAttribute("goal", goal);
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			this.laws.updateGoal(lawId, goalId, lawGoalForm.getVersion(), lawGoalForm.toDetails());
			redirect.addFlashAttribute("saved", "lawGoal.saved");
			redirect.addFlashAttribute("savedName", goal.getLaw().getName());
			return BACK_TO_LAW;
		}
		catch (StaleVersionException conflict) {
			// Keep what the admin typed; the next save deliberately applies it over the
			// newer version.
			result.reject("conflict.form");
			lawGoalForm.setVersion(conflict.currentVersion());
			return FORM;
		}
	}

	@PostMapping("/{goalId}/retire")
	String retire(@PathVariable long lawId, @PathVariable long goalId, RedirectAttributes redirect) {
		LawGoal goal = this.laws.retireGoal(lawId, goalId);
		redirect.addFlashAttribute("saved", "lawGoal.retired");
		redirect.addFlashAttribute("savedName", goal.getLaw().getName());
		return BACK_TO_LAW;
	}

	@PostMapping("/{goalId}/restore")
	String restore(@PathVariable long lawId, @PathVariable long goalId, RedirectAttributes redirect) {
		LawGoal goal = this.laws.restoreGoal(lawId, goalId);
		redirect.addFlashAttribute("saved", "lawGoal.restored");
		redirect.addFlashAttribute("savedName", goal.getLaw().getName());
		return BACK_TO_LAW;
	}

}
