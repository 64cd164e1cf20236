package nl.omgekeerdetoets.similarity;

import jakarta.validation.Valid;
import nl.omgekeerdetoets.shared.StaleVersionException;
import nl.omgekeerdetoets.teams.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The consultant notes which earlier case they compared their case with, and why it is
 * the same or differs: a page of its own beside step 4, so that the step's form and its
 * autosave stay as they are.
 */
@Controller
class ComparisonController {

	static final String PAGE = "similar/compare";

	private final Comparisons comparisons;

	ComparisonController(Comparisons comparisons) {
		this.comparisons = comparisons;
	}

	@GetMapping("/cases/{id}/similar/{target}")
	String show(@PathVariable long id, @PathVariable String target, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		Comparisons.Comparing comparing = this.comparisons.comparing(id, target, user);
		model.addAttribute("comparisonForm", ComparisonForm.from(comparing.compared().comparison()));
		return page(comparing, model);
	}

	@PostMapping("/cases/{id}/similar/{target}")
	String save(@PathVariable long id, @PathVariable String target, @AuthenticationPrincipal SignedInUser user,
			@Valid @ModelAttribute("comparisonForm") ComparisonForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.comparisons.save(id, target, user, form);
				redirect.addFlashAttribute("saved", "similar.note.saved");
				return "redirect:/cases/" + id + "/steps/action#similar";
			}
			catch (StaleVersionException conflict) {
				// Saved or removed meanwhile (another tab): the typed note stays on the
				// screen, beside the note as it is saved now.
				result.reject("similar.note.conflict");
				model.addAttribute("conflict", true);
			}
		}
		Comparisons.Comparing comparing = this.comparisons.comparing(id, target, user);
		if (model.containsAttribute("conflict")) {
			SimilarCase.Comparison saved = comparing.compared().comparison();
			form.setVersion((saved != null) ? saved.version() : null);
		}
		return page(comparing, model);
	}

	@PostMapping("/cases/{id}/comparisons/{comparisonId}/remove")
	String remove(@PathVariable long id, @PathVariable long comparisonId, @RequestParam long version,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		try {
			this.comparisons.remove(id, comparisonId, version, user);
			redirect.addFlashAttribute("saved", "similar.note.removed");
		}
		catch (StaleVersionException conflict) {
			redirect.addFlashAttribute("problem", "similar.note.removeConflict");
		}
		return "redirect:/cases/" + id + "/steps/action#similar";
	}

	private static String page(Comparisons.Comparing comparing, Model model) {
		// Only what the list shows of the earlier case: never its id unless the user
		// may read it.
		model.addAttribute("caseFile", comparing.caseFile());
		model.addAttribute("compared", comparing.compared());
		return PAGE;
	}

}
