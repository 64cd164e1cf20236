package nl.omgekeerdetoets.casebook;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import nl.omgekeerdetoets.shared.PersonalData;
import nl.omgekeerdetoets.shared.StaleVersionException;
import nl.omgekeerdetoets.teams.SignedInUser;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A lead writes the casebook entry of a proposed case of their team. */
@Controller
class EntryController {

	private final EntryService entries;

	EntryController(EntryService entries) {
		this.entries = entries;
	}

	@GetMapping("/casebook/cases/{caseId}/entry")
	String show(@PathVariable long caseId, @AuthenticationPrincipal SignedInUser lead, Model model) {
		EntryService.Writing writing = this.entries.writing(caseId, lead);
		model.addAttribute("entryForm", (writing.entry() != null) ? EntryForm.from(writing.entry())
				: EntryForm.startFresh(writing.proposal().title()));
		return page(writing, model);
	}

	@PostMapping("/casebook/cases/{caseId}/entry")
	String save(@PathVariable long caseId, @AuthenticationPrincipal SignedInUser lead,
			@Valid @ModelAttribute("entryForm") EntryForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				rejectWhatWasFound(this.entries.save(caseId, lead, form), result);
			}
			catch (StaleVersionException conflict) {
				// Someone saved the entry meanwhile: show the typed text again with the
				// conflict, so nothing is lost or silently overwritten.
				result.reject("conflict.form");
				form.setVersion(conflict.currentVersion());
			}
		}
		if (result.hasErrors()) {
			return page(this.entries.writing(caseId, lead), model);
		}
		redirect.addFlashAttribute("saved", "casebook.entry.saved");
		return "redirect:/casebook";
	}

	/**
	 * Each finding on its own field, in the reader's language ("a phone number: 06-...").
	 */
	private static void rejectWhatWasFound(Map<String, List<PersonalData.Finding>> findings, BindingResult result) {
		findings.forEach((field, found) -> {
			for (PersonalData.Finding finding : found) {
				Object what = new DefaultMessageSourceResolvable(new String[] { finding.messageKey() },
						new Object[] { finding.text() });
				result.rejectValue(field, "casebook.entry.personalData", new Object[] { what }, null);
			}
		});
	}

	private static String page(EntryService.Writing writing, Model model) {
		model.addAttribute("caseFile", writing.caseFile());
		model.addAttribute("figures", writing.figures());
		return "casebook/entry";
	}

}
