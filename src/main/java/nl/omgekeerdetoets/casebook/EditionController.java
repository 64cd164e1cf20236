package nl.omgekeerdetoets.casebook;

import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import nl.omgekeerdetoets.shared.StaleVersionException;
import nl.omgekeerdetoets.system.PdfDocuments;
import nl.omgekeerdetoets.teams.Role;
import nl.omgekeerdetoets.teams.SignedInUser;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
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
 * The casebook's start page, editions put together by a lead (no JavaScript needed: every
 * change is a small form), and the printable page and PDF of an edition.
 */
@Controller
class EditionController {

	private final EditionService editions;

	private final EntryService entries;

	private final PdfDocuments pdf;

	private final ChartSvg charts;

	EditionController(EditionService editions, EntryService entries, PdfDocuments pdf, ChartSvg charts) {
		this.editions = editions;
		this.entries = entries;
		this.pdf = pdf;
		this.charts = charts;
	}

	@GetMapping("/casebook")
	String index(@AuthenticationPrincipal SignedInUser user, @PageableDefault(size = 20) Pageable pageable,
			Model model) {
		model.addAttribute("editions", this.editions.list(user, pageable));
		if (user.is(Role.TEAM_LEAD)) {
			model.addAttribute("proposals", this.entries.proposalsFor(user, Pageable.ofSize(20)));
		}
		return "casebook/index";
	}

	@GetMapping("/casebook/editions/new")
	String newEdition(@AuthenticationPrincipal SignedInUser lead, Model model) {
		EditionService.requireLead(lead);
		model.addAttribute("editionForm", EditionForm.startFresh(this.editions.currentYear()));
		return "casebook/new";
	}

	@PostMapping("/casebook/editions")
	String create(@AuthenticationPrincipal SignedInUser lead, @Valid @ModelAttribute("editionForm") EditionForm form,
			BindingResult result) {
		if (result.hasErrors()) {
			return "casebook/new";
		}
		return "redirect:/casebook/editions/" + this.editions.create(lead, form).getId() + "/edit";
	}

	@GetMapping("/casebook/editions/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal SignedInUser lead,
			@PageableDefault(size = 20) Pageable pageable, Model model) {
		CasebookEdition edition = this.editions.editable(id, lead);
		model.addAttribute("editionForm", EditionForm.from(edition));
		return editPage(edition, lead, pageable, model);
	}

	@PostMapping("/casebook/editions/{id}/details")
	String describe(@PathVariable long id, @AuthenticationPrincipal SignedInUser lead,
			@Valid @ModelAttribute("editionForm") EditionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.editions.describe(id, lead, form);
			}
			catch (StaleVersionException conflict) {
				result.reject("conflict.form");
				form.setVersion(conflict.currentVersion());
			}
		}
		if (result.hasErrors()) {
			return editPage(this.editions.editable(id, lead), lead, Pageable.ofSize(20), model);
		}
		redirect.addFlashAttribute("saved", "casebook.edition.saved");
		return "redirect:/casebook/editions/" + id + "/edit";
	}

	@PostMapping("/casebook/editions/{id}/entries")
	String add(@PathVariable long id, @AuthenticationPrincipal SignedInUser lead, @RequestParam long entryId,
			@RequestParam long version) {
		this.editions.add(id, lead, entryId, version);
		return "redirect:/casebook/editions/" + id + "/edit#chosen";
	}

	@PostMapping("/casebook/editions/{id}/entries/{entryId}/move")
	String move(@PathVariable long id, @PathVariable long entryId, @AuthenticationPrincipal SignedInUser lead,
			@RequestParam String direction, @RequestParam long version) {
		this.editions.move(id, lead, entryId, "up".equals(direction) ? -1 : 1, version);
		return "redirect:/casebook/editions/" + id + "/edit#chosen";
	}

	@PostMapping("/casebook/editions/{id}/entries/{entryId}/remove")
	String remove(@PathVariable long id, @PathVariable long entryId, @AuthenticationPrincipal SignedInUser lead,
			@RequestParam long version) {
		this.editions.remove(id, lead, entryId, version);
		return "redirect:/casebook/editions/" + id + "/edit#chosen";
	}

	@PostMapping("/casebook/editions/{id}/publish")
	String publish(@PathVariable long id, @AuthenticationPrincipal SignedInUser lead, @RequestParam long version,
			RedirectAttributes redirect) {
		this.editions.publish(id, lead, version);
		redirect.addFlashAttribute("saved", "casebook.edition.published");
		return "redirect:/casebook/editions/" + id;
	}

	@PostMapping("/casebook/editions/{id}/withdraw")
	String withdraw(@PathVariable long id, @AuthenticationPrincipal SignedInUser lead, @RequestParam long version,
			RedirectAttributes redirect) {
		this.editions.withdraw(id, lead, version);
		redirect.addFlashAttribute("saved", "casebook.edition.withdrawn");
		return "redirect:/casebook/editions/" + id;
	}

	@PostMapping("/casebook/editions/{id}/next")
	String startNext(@PathVariable long id, @AuthenticationPrincipal SignedInUser lead) {
		return "redirect:/casebook/editions/" + this.editions.startNext(id, lead).getId() + "/edit";
	}

	@GetMapping("/casebook/editions/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Locale locale, Model model) {
		CasebookEdition edition = this.editions.readable(id, user);
		EditionContent content = this.editions.content(edition);
		model.addAttribute("edition", edition);
		model.addAttribute("book", content);
		model.addAttribute("chart", this.charts.of(content.totals(), locale));
		return "casebook/edition";
	}

	@GetMapping("/casebook/editions/{id}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Locale locale) {
		EditionContent content = this.editions.download(id, user);
		byte[] document = this.pdf.render("casebook/pdf",
				Map.of("book", content, "chart", this.charts.of(content.totals(), locale)), "/casebook/pdf.css",
				locale);
		return PdfDocuments.download(document, "casusboekje-" + content.year() + ".pdf");
	}

	private String editPage(CasebookEdition edition, SignedInUser lead, Pageable pageable, Model model) {
		model.addAttribute("edition", edition);
		model.addAttribute("book", this.editions.content(edition));
		model.addAttribute("available", this.editions.available(edition.getId(), pageable));
		return "casebook/edit";
	}

}
