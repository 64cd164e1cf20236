package nl.omgekeerdetoets.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import nl.omgekeerdetoets.cases.CaseFigures;
import nl.omgekeerdetoets.cases.CaseViews;
import nl.omgekeerdetoets.reporting.ReturnDayForms.MinutesForm;
import nl.omgekeerdetoets.reporting.ReturnDayForms.OutcomeForm;
import nl.omgekeerdetoets.reporting.ReturnDayForms.PlanForm;
import nl.omgekeerdetoets.reporting.ReturnDayForms.ProposeForm;
import nl.omgekeerdetoets.shared.FieldProblem;
import nl.omgekeerdetoets.shared.RecordNotFoundException;
import nl.omgekeerdetoets.shared.StaleVersionException;
import nl.omgekeerdetoets.system.Formats;
import nl.omgekeerdetoets.system.PdfDocuments;
import nl.omgekeerdetoets.teams.SignedInUser;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

/**
 * The return day's pages: the list and planning, the agenda where cases are proposed and
 * ordered, the meeting view for the projector where outcomes are recorded, and the report
 * afterwards.
 */
@Controller
@RequestMapping("/return-days")
class ReturnDayController {

	private final ReturnDays returnDays;

	private final CaseViews caseViews;

	private final CaseFigures caseFigures;

	private final Formats formats;

	private final Clock clock;

	private final OverviewCharts charts;

	private final PdfDocuments pdf;

	ReturnDayController(ReturnDays returnDays, CaseViews caseViews, CaseFigures caseFigures, Formats formats,
			Clock clock, OverviewCharts charts, PdfDocuments pdf) {
		this.charts = charts;
		this.pdf = pdf;
		this.formats = formats;
		this.returnDays = returnDays;
		this.caseViews = caseViews;
		this.caseFigures = caseFigures;
		this.clock = clock;
	}

	@GetMapping
	String list(@AuthenticationPrincipal SignedInUser user, Model model) {
		return list(user, model, new PlanForm());
	}

	@PostMapping
	String plan(@Valid @ModelAttribute("planForm") PlanForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser lead, Model model, RedirectAttributes redirect) {
		form.check(result);
		if (!result.hasErrors()) {
			try {
				long id = this.returnDays.plan(lead, form.getHeldOn(), form.getPeriodFrom(), form.getPeriodTo(),
						form.getTeamIds());
				redirect.addFlashAttribute("saved", "returnDay.planned");
				return "redirect:/return-days/" + id;
			}
			catch (FieldProblem problem) {
				result.rejectValue(problem.field(), problem.messageKey());
			}
		}
		return list(lead, model, form);
	}

	private String list(SignedInUser user, Model model, PlanForm form) {
		model.addAttribute("returnDays", this.returnDays.list(user));
		model.addAttribute("myTeams", this.returnDays.teamsOf(user));
		model.addAttribute("planForm", form);
		return "reporting/return-days";
	}

	@GetMapping("/{id}")
	String agenda(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		return agenda(id, user, model, new ProposeForm());
	}

	@PostMapping("/{id}/items")
	String propose(@PathVariable long id, @Valid @ModelAttribute("proposeForm") ProposeForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.returnDays.propose(id, user, form.getReference(), form.getQuestion());
				redirect.addFlashAttribute("saved", "returnDay.proposed");
				return "redirect:/return-days/" + id;
			}
			catch (FieldProblem problem) {
				result.rejectValue(problem.field(), problem.messageKey());
			}
		}
		return agenda(id, user, model, form);
	}

	/**
	 * Moves a case up or down, removes it, or sets its time: the lead orders the agenda.
	 */
	@PostMapping("/{id}/items/{itemId}")
	String arrange(@PathVariable long id, @PathVariable long itemId, @RequestParam long version,
			@RequestParam(required = false) String move, @Valid @ModelAttribute("minutesForm") MinutesForm form,
			BindingResult result, @AuthenticationPrincipal SignedInUser lead, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("minutesError", itemId);
			return agenda(id, lead, model, new ProposeForm());
		}
		try {
			this.returnDays.arrange(id, version, lead, itemId, move, form.getMinutes());
		}
		catch (StaleVersionException conflict) {
			redirect.addFlashAttribute("conflict", "returnDay.conflict");
		}
		return "redirect:/return-days/" + id + "#agenda";
	}

	private String agenda(long id, SignedInUser user, Model model, ProposeForm form) {
		ReturnDays.Agenda agenda = this.returnDays.agenda(id, user);
		model.addAttribute("agenda", agenda);
		model.addAttribute("dayLabel", this.formats.date(agenda.day().getHeldOn()));
		model.addAttribute("proposeForm", form);
		return "reporting/return-day";
	}

	/**
	 * One agenda case at a time, large, for the projector; the lead records outcomes
	 * here.
	 */
	@GetMapping("/{id}/meeting/{position}")
	String meeting(@PathVariable long id, @PathVariable int position, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		return meeting(id, position, user, model, new OutcomeForm());
	}

	@PostMapping("/{id}/meeting/{position}/outcomes")
	String recordOutcome(@PathVariable long id, @PathVariable int position,
			@Valid @ModelAttribute("outcomeForm") OutcomeForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser lead, Model model, RedirectAttributes redirect) {
		ReturnDays.Agenda agenda = this.returnDays.agenda(id, lead);
		if (position < 1 || position > agenda.items().size()) {
			throw new RecordNotFoundException("agenda item", position);
		}
		if (!result.hasErrors()) {
			try {
				this.returnDays.recordOutcome(id, lead, agenda.items().get(position - 1).getId(), form.getKind(),
						form.getText(), form.getObstacleKind(), form.getOwnerId(), form.getDueOn());
				redirect.addFlashAttribute("saved", "returnDay.outcome.saved");
				return "redirect:/return-days/" + id + "/meeting/" + position + "#outcomes";
			}
			catch (FieldProblem problem) {
				result.rejectValue(problem.field(), problem.messageKey());
			}
		}
		return meeting(id, position, lead, model, form);
	}

	private String meeting(long id, int position, SignedInUser user, Model model, OutcomeForm form) {
		ReturnDays.Agenda agenda = this.returnDays.agenda(id, user);
		if (position < 1 || position > agenda.items().size()) {
			throw new RecordNotFoundException("agenda item", position);
		}
		AgendaItem item = agenda.items().get(position - 1);
		model.addAttribute("agenda", agenda);
		model.addAttribute("item", item);
		model.addAttribute("position", position);
		// The case itself, for those who may read it (its team): anyone else gets a 404.
		this.caseViews.addTo(model, item.getCaseId(), user);
		model.addAttribute("outcomeForm", form);
		if (agenda.mayManage()) {
			model.addAttribute("owners", this.returnDays.possibleOwners(agenda.day(), user));
		}
		return "reporting/meeting";
	}

	/** Afterwards: the period's figures, the cases discussed and what they brought. */
	@GetMapping("/{id}/report")
	String report(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Locale locale, Model model) {
		model.addAllAttributes(report(id, user, locale));
		return "reporting/report";
	}

	/** The report as a PDF, for the team and for the management. */
	@GetMapping("/{id}/report.pdf")
	ResponseEntity<byte[]> reportPdf(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Locale locale) {
		Map<String, Object> model = report(id, user, locale);
		model.put("pdf", true);
		ReturnDay day = ((ReturnDays.Agenda) model.get("agenda")).day();
		this.returnDays.reportDownloaded(day);
		byte[] document = this.pdf.render("reporting/report-pdf", model, "/reporting/pdf.css", locale);
		return PdfDocuments.download(document, "terugkomdag-" + day.getHeldOn() + ".pdf");
	}

	private Map<String, Object> report(long id, SignedInUser user, Locale locale) {
		ReturnDays.Agenda agenda = this.returnDays.agenda(id, user);
		ReturnDay day = agenda.day();
		// The teams' figures of the period the day looks back on, as the overview shows
		// them; not per consultant: the report goes to the whole team and beyond.
		Overview overview = new Overview(agenda.teams(), day.getPeriodFrom(), day.getPeriodTo(), this.caseFigures
			.figures(List.copyOf(day.getTeamIds()), day.getPeriodFrom(), day.getPeriodTo(), LocalDate.now(this.clock)),
				List.of(), Map.of(), Map.of(), List.of());
		Map<String, Object> model = new HashMap<>(this.charts.model(overview, locale));
		model.put("agenda", agenda);
		model.put("dayLabel", this.formats.date(day.getHeldOn()));
		return model;
	}

}
