package nl.omgekeerdetoets.prices;

import java.math.BigDecimal;
import java.util.Locale;

import jakarta.validation.Valid;
import nl.omgekeerdetoets.shared.AmountEditor;
import nl.omgekeerdetoets.audit.AuditLog;
import nl.omgekeerdetoets.shared.FieldProblem;
import nl.omgekeerdetoets.shared.StaleVersionException;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's screens for the price list: the list, a new item with its first price, an
 * item's page with its descriptive fields, its prices over time and its change history,
 * and a new price from a day.
 */
@Controller
@RequestMapping("/admin/prices")
class PriceAdminController {

	private static final String NEW_ITEM = "admin/prices/new";

	private static final String ITEM = "admin/prices/item";

	private static final String NEW_PRICE = "admin/prices/price";

	private static final int HISTORY_LINES = 50;

	private final PriceService prices;

	private final AuditLog auditLog;

	PriceAdminController(PriceService prices, AuditLog auditLog) {
		this.prices = prices;
		this.auditLog = auditLog;
	}

	@ModelAttribute("payers")
	Payer[] payers() {
		return Payer.values();
	}

	@ModelAttribute("units")
	PriceUnit[] units() {
		return PriceUnit.values();
	}

	@InitBinder({ "newPriceItemForm", "priceForm" })
	void amounts(WebDataBinder binder, Locale locale) {
		binder.registerCustomEditor(BigDecimal.class, "amount", new AmountEditor(locale));
	}

	@GetMapping
	String list(@ModelAttribute("filter") PriceFilter filter, @PageableDefault(size = 50) Pageable pageable,
			Model model) {
		// The order is the list's own (by name), not one the URL picks.
		model.addAttribute("items",
				this.prices.list(filter, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize())));
		model.addAttribute("today", this.prices.today());
		return "admin/prices/list";
	}

	@GetMapping("/new")
	String newItem(Model model) {
		NewPriceItemForm form = new NewPriceItemForm();
		form.setValidFrom(this.prices.today());
		model.addAttribute("newPriceItemForm", form);
		return NEW_ITEM;
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute NewPriceItemForm newPriceItemForm, BindingResult result,
			RedirectAttributes redirect) {
		PriceForm.checkPeriod(newPriceItemForm.getValidFrom(), newPriceItemForm.getValidTo(), result);
		if (result.hasErrors()) {
			return NEW_ITEM;
		}
		try {
			PriceItem item = this.prices.create(newPriceItemForm.getUnit(), newPriceItemForm.getPayer(),
					newPriceItemForm.toDetails(), newPriceItemForm.toNewPrice());
			redirect.addFlashAttribute("saved", "price.item.created");
			redirect.addFlashAttribute("savedName", item.getName());
			return "redirect:/admin/prices/" + item.getId();
		}
		catch (FieldProblem problem) {
			result.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), null);
			return NEW_ITEM;
		}
	}

	@GetMapping("/{id}")
	String item(@PathVariable long id, Model model) {
		PriceItem item = this.prices.get(id);
		model.addAttribute("priceItemForm", PriceItemForm.from(item));
		return showItem(item, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute PriceItemForm priceItemForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showItem(this.prices.get(id), model);
		}
		try {
			PriceItem item = this.prices.update(id, priceItemForm.getVersion(), priceItemForm.toDetails());
			redirect.addFlashAttribute("saved", "price.item.saved");
			redirect.addFlashAttribute("savedName", item.getName());
			return "redirect:/admin/prices/" + id;
		}
		catch (FieldProblem problem) {
			result.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), null);
			return showItem(this.prices.get(id), model);
		}
		catch (StaleVersionException conflict) {
			// Keep what the admin typed; the next save deliberately applies it over the
			// newer version.
			result.reject("conflict.form");
			priceItemForm.setVersion(conflict.currentVersion());
			return showItem(this.prices.get(id), model);
		}
	}

	@GetMapping("/{id}/prices/new")
	String newPrice(@PathVariable long id, Model model) {
		PriceItem item = this.prices.get(id);
		PriceForm form = new PriceForm();
		form.setValidFrom(this.prices.today());
		model.addAttribute("priceForm", form);
		model.addAttribute("item", item);
		return NEW_PRICE;
	}

	@PostMapping("/{id}/prices/new")
	String addPrice(@PathVariable long id, @Valid @ModelAttribute PriceForm priceForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		PriceForm.checkPeriod(priceForm.getValidFrom(), priceForm.getValidTo(), result);
		if (!result.hasErrors()) {
			try {
				this.prices.addPrice(id, priceForm.toNewPrice());
				PriceItem item = this.prices.get(id);
				redirect.addFlashAttribute("saved", "price.added");
				redirect.addFlashAttribute("savedName", item.getName());
				return "redirect:/admin/prices/" + id;
			}
			catch (FieldProblem problem) {
				result.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), null);
			}
		}
		model.addAttribute("item", this.prices.get(id));
		return NEW_PRICE;
	}

	@PostMapping("/{id}/retire")
	String retire(@PathVariable long id, RedirectAttributes redirect) {
		PriceItem item = this.prices.retire(id);
		redirect.addFlashAttribute("saved", "price.item.retired");
		redirect.addFlashAttribute("savedName", item.getName());
		return "redirect:/admin/prices/" + id;
	}

	@PostMapping("/{id}/restore")
	String restore(@PathVariable long id, RedirectAttributes redirect) {
		PriceItem item = this.prices.restore(id);
		redirect.addFlashAttribute("saved", "price.item.restored");
		redirect.addFlashAttribute("savedName", item.getName());
		return "redirect:/admin/prices/" + id;
	}

	private String showItem(PriceItem item, Model model) {
		model.addAttribute("item", item);
		model.addAttribute("today", this.prices.today());
		model.addAttribute("history",
				this.auditLog.historyOf(PriceService.AUDIT_SUBJECT, item.getId(), PageRequest.of(0, HISTORY_LINES)));
		return ITEM;
	}

}
