package nl.omgekeerdetoets.library;

import jakarta.validation.Valid;
import nl.omgekeerdetoets.shared.FieldProblem;
import nl.omgekeerdetoets.shared.StaleVersionException;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
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
 * The admin's screens for the laws in the library. The goals of a law are managed from
 * its edit page, by {@link LawGoalAdminController}.
 */
@Controller
@RequestMapping("/admin/laws")
class LawAdminController {

	private static final String FORM = "admin/laws/form";

	private final LawService laws;

	LawAdminController(LawService laws) {
		this.laws = laws;
	}

	@GetMapping
	String list(@PageableDefault(size = 50) Pageable pageable, Model model) {
		// The order is the library's own (position, then name), not one the URL picks.
		model.addAttribute("laws", this.laws.list(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize())));
		return "admin/laws/list";
	}

	@GetMapping("/new")
	String newLaw(Model model) {
		model.addAttribute("lawForm", new LawForm());
		return FORM;
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute LawForm lawForm, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			Law law = this.laws.create(lawForm.toDetails());
			redirect.addFlashAttribute("saved", "law.created");
			redirect.addFlashAttribute("savedName", law.getName());
			return "redirect:/admin/laws/" + law.getId();
		}
		catch (FieldProblem problem) {
			result.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), null);
			return FORM;
		}
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		Law law = this.laws.get(id);
		model.addAttribute("law", law);
		model.addAttribute("lawForm", LawForm.from(law));
		return FORM;
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute LawForm lawForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("law", this.laws.get(id));
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			Law law = this.laws.update(id, lawForm.getVersion(), lawForm.toDetails());
			redirect.addFlashAttribute("saved", "law.saved");
			redirect.addFlashAttribute("savedName", law.getName());
			return "redirect:/admin/laws";
		}
		catch (FieldProblem problem) {
			result.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), null);
			return FORM;
		}
		catch (StaleVersionException conflict) {
			// Keep what the admin typed; the next save deliberately applies it over the
			// newer version.
			result.reject("conflict.form");
			model.addAttribute("law", this.laws.get(id));
			lawForm.setVersion(conflict.currentVersion());
			return FORM;
		}
	}

}
