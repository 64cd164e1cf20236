package nl.omgekeerdetoets.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import nl.omgekeerdetoets.shared.AmountEditor;
import nl.omgekeerdetoets.library.LawLibrary;
import nl.omgekeerdetoets.prices.PriceList;
import nl.omgekeerdetoets.prices.PriceQuote;
import nl.omgekeerdetoets.shared.FieldProblem;
import nl.omgekeerdetoets.shared.RecordNotFoundException;
import nl.omgekeerdetoets.shared.StaleVersionException;
import nl.omgekeerdetoets.teams.SignedInUser;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.access.AccessDeniedException;
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
 * The four steps, each its own page and form, served alike. Every POST saves a draft:
 * "save", moving to another step, adding or removing a row, and the autosave while
 * typing. Invalid input is shown again with its errors, never dropped; a concurrent edit
 * shows the user's input beside the newer saved version.
 */
@Controller
@RequestMapping("/cases/{id}/steps/{slug}")
class CaseStepController {

	static final String FORM = "form";

	private final CaseService cases;

	private final CasePolicy policy;

	private final StepGaps gaps;

	private final LawLibrary library;

	private final SmartValidator validator;

	private final CaseFeedback feedback;

	private final PriceList priceList;

	CaseStepController(CaseService cases, CasePolicy policy, StepGaps gaps, LawLibrary library,
			SmartValidator validator, ObjectProvider<CaseFeedback> feedback, PriceList priceList) {
		this.priceList = priceList;
		this.cases = cases;
		this.policy = policy;
		this.gaps = gaps;
		this.library = library;
		this.validator = validator;
		this.feedback = feedback.getIfAvailable(() -> CaseFeedback.NONE);
	}

	/** The step in the URL; an unknown one is a page that does not exist. */
	@ModelAttribute("step")
	Step step(@PathVariable String slug) {
		Step step = Step.fromSlug(slug);
		if (step == null) {
			throw new RecordNotFoundException("Step", slug);
		}
		return step;
	}

	/** An empty form of the step in the URL, for the browser's input to be bound to. */
	@ModelAttribute(FORM)
	StepForm form(@ModelAttribute("step") Step step) {
		return StepForm.blank(step);
	}

	@InitBinder(FORM)
	void amounts(WebDataBinder binder, Locale locale) {
		// For the amount fields only: an editor registered for a type alone is also tried
		// on fields whose value is null, such as the yes/no radio buttons.
		binder.registerCustomEditor(BigDecimal.class, "costs.amountPerYear", new AmountEditor(locale));
		binder.registerCustomEditor(BigDecimal.class, "costs.quantityPerYear", new QuantityEditor(locale));
	}

	@GetMapping
	String show(@PathVariable long id, @ModelAttribute("step") Step step, @RequestParam(required = false) String extra,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		CaseFile caseFile = this.cases.read(id, user);
		if (!this.policy.mayEdit(user, CaseSummary.of(caseFile))) {
			return "redirect:/cases/" + id;
		}
		StepForm form = StepForm.of(step, caseFile);
		form.padRows(extra);
		List<?> rows = (extra != null) ? form.rows().get(extra) : null;
		if (rows != null && !rows.isEmpty() && FIRST_FIELD.containsKey(extra)) {
			// The row just added gets the focus, so that a keyboard user types on in it.
			model.addAttribute("focusField", extra + (rows.size() - 1) + "." + FIRST_FIELD.get(extra));
		}
		return show(model, caseFile, form);
	}

	/**
	 * The first field of a row of each repeating list, which takes the focus when the row
	 * is added.
	 */
	private static final Map<String, String> FIRST_FIELD = Map.of("effects", "description", "actions", "description",
			"costs", "scenario", "obstacles", "kind", "parties", "kind");

	/**
	 * Removes a row if asked (before validating, so an invalid row can still be removed),
	 * validates, saves, and goes where the button said: the same step, another step, the
	 * case page, or back here with an extra empty row.
	 */
	@PostMapping
	String save(@PathVariable long id, @ModelAttribute(FORM) StepForm form, BindingResult result,
			@RequestParam Map<String, String> buttons, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		removeRow(buttons.get("removeRow"), form);
		form.resolve(this.library);
		this.validator.validate(form, result);
		form.check(result);
		boolean autosave = buttons.containsKey("autosave");
		if (result.hasErrors()) {
			if (autosave) {
				response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
				return null;
			}
			return show(model, this.cases.read(id, user), form);
		}
		long version;
		try {
			version = this.cases.save(id, user, form);
		}
		catch (AccessDeniedException refused) {
			// The owner's page from before the case was submitted: say so, and keep what
			// they typed on the screen. Anyone else is refused as before.
			CaseFile current = this.cases.read(id, user);
			if (current.getOwnerId() != user.id() || current.getStatus().isEditable()) {
				throw refused;
			}
			if (autosave) {
				response.setStatus(HttpStatus.LOCKED.value());
				return null;
			}
			model.addAttribute("closed", true);
			result.reject("step.closed",
					new Object[] { new DefaultMessageSourceResolvable(current.getStatus().messageKey()) }, null);
			return show(model, current, form);
		}
		catch (FieldProblem problem) {
			if (autosave) {
				response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
				return null;
			}
			result.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), null);
			return show(model, this.cases.read(id, user), form);
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
			model.addAttribute("goals", this.library.goalsByIds(newer.getLaw().getGoalIds()));
			model.addAttribute("costs", CostComparison.of(newer.getAction().getCosts()));
			result.reject("conflict.step");
			return show(model, newer, form);
		}
		if (autosave) {
			response.setStatus(HttpStatus.NO_CONTENT.value());
			response.setHeader("X-Case-Version", String.valueOf(version));
			return null;
		}
		String step = form.step().slug();
		String addRow = buttons.get("addRow");
		if (addRow != null && form.rows().containsKey(addRow)) {
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
		model.addAttribute("progress", this.gaps.progress(caseFile));
		// The lead's open comments on this step, beside the fields they are about.
		model.addAttribute("stepComments",
				this.feedback.commentsOn(caseFile.getId())
					.stream()
					.filter((comment) -> comment.step() == form.step() && !comment.resolved())
					.toList());
		if (form instanceof ActionStepForm action) {
			// One statement: the items with a price on the case's day. The rows are
			// priced
			// from them (or from what the case kept) for the totals shown beside them.
			LocalDate day = this.cases.pricingDay(caseFile);
			List<PriceQuote> quotes = this.priceList.activePricesOn(day);
			action.price(caseFile,
					(itemId) -> quotes.stream()
						.filter((quote) -> quote.itemId() == itemId)
						.findFirst()
						.map(ItemPrice::of));
			model.addAttribute("priceGroups", ActionStepForm.priceGroups(quotes, caseFile));
			model.addAttribute("pricingDay", day);
		}
		form.addOptions(model, this.library);
		return "cases/step";
	}

	/** A "remove row" button carries {@code list:index}, e.g. {@code effects:2}. */
	private static void removeRow(String button, StepForm form) {
		if (button == null) {
			return;
		}
		String[] parts = button.split(":", 2);
		List<?> rows = form.rows().get(parts[0]);
		if (rows != null && parts.length == 2) {
			try {
				int index = Integer.parseInt(parts[1]);
				if (index >= 0 && index < rows.size()) {
					rows.remove(index);
					form.rowRemoved(parts[0], index);
				}
			}
			catch (NumberFormatException ignored) {
				// A tampered button value removes nothing.
			}
		}
	}

}
