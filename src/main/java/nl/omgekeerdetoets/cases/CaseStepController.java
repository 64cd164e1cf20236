package nl.omgekeerdetoets.cases;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import nl.omgekeerdetoets.library.LawGoal;
import nl.omgekeerdetoets.library.LawLibrary;
import nl.omgekeerdetoets.shared.StaleVersionException;
import nl.omgekeerdetoets.teams.SignedInUser;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The four steps, each its own page and form. Every POST saves a draft: "save", moving to
 * another step, adding or removing a row, and the autosave while typing. Invalid input is
 * shown again with its errors, never dropped; a concurrent edit shows the user's input
 * beside the newer saved version.
 */
@Controller
@RequestMapping("/cases/{id}/steps")
class CaseStepController {

	static final String FORM = "form";

	private final CaseService cases;

	private final LawLibrary library;

	private final SmartValidator validator;

	private final CaseFeedback feedback;

	CaseStepController(CaseService cases, LawLibrary library, SmartValidator validator,
			ObjectProvider<CaseFeedback> feedback) {
		this.cases = cases;
		this.library = library;
		this.validator = validator;
		this.feedback = feedback.getIfAvailable(() -> CaseFeedback.NONE);
	}

	@InitBinder(FORM)
	void amounts(WebDataBinder binder, Locale locale) {
		// For the amount fields only: an editor registered for a type alone is also tried
		// on fields whose value is
		// null, such as the yes/no radio buttons.
		binder.registerCustomEditor(BigDecimal.class, "costs.amountPerYear", new AmountEditor(locale));
	}

	@GetMapping("/effect")
	String effect(@PathVariable long id, @RequestParam(defaultValue = "") String extra,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		CaseFile caseFile = this.cases.read(id, user);
		if (!this.cases.canEdit(user, caseFile)) {
			return "redirect:/cases/" + id;
		}
		EffectStepForm form = EffectStepForm.from(caseFile);
		form.padRows(extra.equals("effects") ? 1 : 0);
		return show(model, caseFile, form);
	}

	@PostMapping("/effect")
	String saveEffect(@PathVariable long id, @ModelAttribute(FORM) EffectStepForm form, BindingResult result,
			@RequestParam Map<String, String> buttons, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		removeRow(buttons, "effects", form.getEffects());
		return save(id, form, result, buttons, user, model, redirect, response);
	}

	@GetMapping("/law")
	String law(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		CaseFile caseFile = this.cases.read(id, user);
		if (!this.cases.canEdit(user, caseFile)) {
			return "redirect:/cases/" + id;
		}
		return show(model, caseFile, LawStepForm.from(caseFile));
	}

	@PostMapping("/law")
	String saveLaw(@PathVariable long id, @ModelAttribute(FORM) LawStepForm form, BindingResult result,
			@RequestParam Map<String, String> buttons, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		form.lawOfGoal(this.library.goalsByIds(form.getGoalIds())
			.stream()
			.collect(Collectors.toMap(LawGoal::getId, (goal) -> goal.getLaw().getId())));
		return save(id, form, result, buttons, user, model, redirect, response);
	}

	@GetMapping("/ethics")
	String ethics(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		CaseFile caseFile = this.cases.read(id, user);
		if (!this.cases.canEdit(user, caseFile)) {
			return "redirect:/cases/" + id;
		}
		return show(model, caseFile, EthicsStepForm.from(caseFile));
	}

	@PostMapping("/ethics")
	String saveEthics(@PathVariable long id, @ModelAttribute(FORM) EthicsStepForm form, BindingResult result,
			@RequestParam Map<String, String> buttons, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return save(id, form, result, buttons, user, model, redirect, response);
	}

	@GetMapping("/action")
	String action(@PathVariable long id, @RequestParam(defaultValue = "") String extra,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		CaseFile caseFile = this.cases.read(id, user);
		if (!this.cases.canEdit(user, caseFile)) {
			return "redirect:/cases/" + id;
		}
		ActionStepForm form = ActionStepForm.from(caseFile);
		form.padRows(extra.equals("actions") ? 1 : 0, extra.equals("costs") ? 1 : 0);
		return show(model, caseFile, form);
	}

	@PostMapping("/action")
	String saveAction(@PathVariable long id, @ModelAttribute(FORM) ActionStepForm form, BindingResult result,
			@RequestParam Map<String, String> buttons, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		removeRow(buttons, "actions", form.getActions());
		removeRow(buttons, "costs", form.getCosts());
		return save(id, form, result, buttons, user, model, redirect, response);
	}

	/**
	 * Validates (after a row was removed, so an invalid row can still be removed), saves,
	 * and goes where the button said: the same step, another step, the case page, or back
	 * here with an extra empty row.
	 */
	private String save(long id, StepForm form, BindingResult result, Map<String, String> buttons, SignedInUser user,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		this.validator.validate(form, result);
		boolean autosave = buttons.containsKey("autosave");
		if (result.hasErrors()) {
			if (autosave) {
				response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
				return null;
			}
			return show(model, this.cases.read(id, user), form);
		}
		CaseFile saved;
		try {
			saved = this.cases.saveStep(id, user, form);
		}
		catch (StaleVersionException conflict) {
			if (autosave) {
				response.setStatus(HttpStatus.CONFLICT.value());
				return null;
			}
			// Show both: what this user typed (the form) and what someone else saved
			// meanwhile (the case).
			CaseFile newer = this.cases.read(id, user);
			form.setVersion(newer.getVersion());
			model.addAttribute("conflict", true);
			result.reject("conflict.step");
			return show(model, newer, form);
		}
		if (autosave) {
			response.setStatus(HttpStatus.NO_CONTENT.value());
			response.setHeader("X-Case-Version", String.valueOf(saved.getVersion()));
			return null;
		}
		String step = form.step().slug();
		String addRow = buttons.get("addRow");
		if (addRow != null) {
			return "redirect:/cases/" + id + "/steps/" + step + "?extra=" + addRow + "#" + addRow;
		}
		redirect.addFlashAttribute("saved", "step.saved");
		redirect.addFlashAttribute("savedName", "");
		String go = buttons.getOrDefault("go", step);
		if (go.equals("case")) {
			return "redirect:/cases/" + id;
		}
		Step target = Step.fromSlug(go);
		return "redirect:/cases/" + id + "/steps/" + ((target != null) ? target.slug() : step);
	}

	private String show(Model model, CaseFile caseFile, StepForm form) {
		model.addAttribute("caseFile", caseFile);
		model.addAttribute(FORM, form);
		model.addAttribute("step", form.step());
		model.addAttribute("steps", Step.values());
		model.addAttribute("progress", StepsProgress.of(caseFile));
		// The lead's open comments on this step, beside the fields they are about.
		model.addAttribute("stepComments",
				this.feedback.commentsOn(caseFile.getId())
					.stream()
					.filter((comment) -> comment.step() == form.step() && !comment.resolved())
					.toList());
		switch (form.step()) {
			case LAW -> {
				model.addAttribute("laws", this.library.activeLawsWithGoals());
				model.addAttribute("savedGoals", this.library.goalsByIds(caseFile.getGoalIds()));
				// Goals this case chose that the admin retired since: still shown and
				// kept, never dropped silently.
				model.addAttribute("retiredGoals",
						this.library.goalsByIds(((LawStepForm) form).getGoalIds())
							.stream()
							.filter((goal) -> !goal.isActive() || !goal.getLaw().isActive())
							.toList());
				model.addAttribute("withinGoalsOptions", Choices.WithinGoals.values());
			}
			case ETHICS -> model.addAttribute("valueOptions", Choices.Value.values());
			case ACTION -> {
				model.addAttribute("solutionKinds", Choices.SolutionKind.values());
				model.addAttribute("scenarios", Choices.Scenario.values());
				model.addAttribute("payers", Choices.Payer.values());
				model.addAttribute("costComparison", ((ActionStepForm) form).costComparison());
				model.addAttribute("savedCosts", CostComparison.of(caseFile.getCosts()));
			}
			default -> {
			}
		}
		return "cases/step";
	}

	/** A "remove row" button carries {@code list:index}, e.g. {@code effects:2}. */
	private static void removeRow(Map<String, String> buttons, String list, List<?> rows) {
		String remove = buttons.get("removeRow");
		if (remove != null && remove.startsWith(list + ":")) {
			try {
				int index = Integer.parseInt(remove.substring(list.length() + 1));
				if (index >= 0 && index < rows.size()) {
					rows.remove(index);
				}
			}
			catch (NumberFormatException ignored) {
				// A tampered button value removes nothing.
			}
		}
	}

}
