package nl.omgekeerdetoets.reporting;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import nl.omgekeerdetoets.cases.CaseFigures;
import nl.omgekeerdetoets.cases.CaseFigures.ConsultantLoad;
import nl.omgekeerdetoets.cases.CaseStatus;
import nl.omgekeerdetoets.system.PdfDocuments;
import nl.omgekeerdetoets.teams.SignedInUser;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A lead's overview of their teams: cases by status and step, what happened in a period,
 * and the workload per consultant against the team's workable caseload. Each chart has
 * its table beside it, and each table can be taken away as CSV for Dutch Excel.
 */
@Controller
@RequestMapping("/overview")
class OverviewController {

	/**
	 * Semicolons and a byte order mark: what Dutch Excel opens without an import wizard.
	 */
	static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();

	private final OverviewService overviews;

	private final MessageSource messages;

	private final Clock clock;

	private final OverviewCharts charts;

	private final PdfDocuments pdf;

	OverviewController(OverviewService overviews, OverviewCharts charts, PdfDocuments pdf, MessageSource messages,
			Clock clock) {
		this.overviews = overviews;
		this.charts = charts;
		this.pdf = pdf;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String overview(@ModelAttribute("filter") OverviewFilter filter, BindingResult result,
			@AuthenticationPrincipal SignedInUser lead, Locale locale, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("ledTeams", this.overviews.ledTeams(lead));
		filter.check(result);
		if (result.hasErrors()) {
			// The figures of a period the lead did not mean would mislead: the form comes
			// back with what was typed and what is wrong with it.
			return "reporting/overview";
		}
		filter.complete(today);
		Overview overview = this.overviews.overview(lead, filter.getTeam(), filter.getFrom(), filter.getTo(), today,
				filter.getKind());
		model.addAllAttributes(this.charts.model(overview, locale));
		return "reporting/overview";
	}

	/**
	 * The overview as a PDF with its charts and tables, for a lead to hand on: what the
	 * page shows, without its links and forms.
	 */
	@GetMapping("/overview.pdf")
	ResponseEntity<byte[]> pdf(@ModelAttribute("filter") OverviewFilter filter, BindingResult result,
			@AuthenticationPrincipal SignedInUser lead, Locale locale) {
		LocalDate today = LocalDate.now(this.clock);
		filter.check(result);
		if (result.hasErrors()) {
			return ResponseEntity.badRequest().build();
		}
		filter.complete(today);
		Overview overview = this.overviews.export("pdf", lead, filter.getTeam(), filter.getFrom(), filter.getTo(),
				today, filter.getKind());
		Map<String, Object> model = new HashMap<>(this.charts.model(overview, locale));
		model.put("filter", filter);
		model.put("print", true);
		model.put("pdf", true);
		byte[] document = this.pdf.render("reporting/overview-pdf", model, "/reporting/pdf.css", locale);
		return PdfDocuments.download(document,
				message("overview.csv.overview", locale) + "-" + filter.getFrom() + "-" + filter.getTo() + ".pdf");
	}

	/** A table of the overview as CSV: {@code status} or {@code workload}. */
	@GetMapping("/{table:status|workload|costs|obstacles}.csv")
	void export(@PathVariable String table, @ModelAttribute("filter") OverviewFilter filter, BindingResult result,
			@AuthenticationPrincipal SignedInUser lead, Locale locale, HttpServletResponse response)
			throws IOException {
		LocalDate today = LocalDate.now(this.clock);
		filter.check(result);
		if (result.hasErrors()) {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		filter.complete(today);
		Overview overview = this.overviews.export(table, lead, filter.getTeam(), filter.getFrom(), filter.getTo(),
				today, filter.getKind());
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"" + message("overview.csv." + table, locale)
				+ "-" + filter.getFrom() + "-" + filter.getTo() + ".csv\"");
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		try (CSVPrinter csv = new CSVPrinter(writer, CSV)) {
			if (table.equals("status")) {
				csv.printRecord(message("overview.status", locale), message("overview.count", locale));
				for (CaseStatus status : CaseStatus.values()) {
					csv.printRecord(message(status.messageKey(), locale), overview.figures().count(status));
				}
			}
			else if (table.equals("costs")) {
				csv.printRecord(message("overview.payer", locale), message("overview.costs.without", locale),
						message("overview.costs.with", locale), message("overview.costs.difference", locale));
				for (CaseFigures.PayerCosts c : overview.figures().costs()) {
					csv.printRecord(message(c.payer().messageKey(), locale), decimal(c.withoutMaatwerk(), locale),
							decimal(c.withMaatwerk(), locale), decimal(c.difference(), locale));
				}
			}
			else if (table.equals("obstacles")) {
				csv.printRecord(message("overview.case", locale), message("overview.team", locale),
						message("obstacle.kind", locale), message("overview.obstacle.description", locale),
						message("overview.obstacle.lesson", locale));
				for (CaseFigures.ObstacleRow o : overview.obstacles()) {
					csv.printRecord(o.reference(), overview.team(o.teamId()).name(),
							message("choice.ObstacleKind." + o.kind().name(), locale), o.description(), o.lesson());
				}
			}
			else {
				csv.printRecord(message("overview.team", locale), message("overview.consultant", locale),
						message("overview.open", locale), message("overview.oldestOpen", locale),
						message("overview.inReview", locale), message("overview.longestWaiting", locale),
						message("overview.evaluationsOverdue", locale), message("overview.evaluationsDue", locale),
						message("overview.compliments", locale), message("overview.overThreshold", locale));
				for (ConsultantLoad load : overview.workload()) {
					csv.printRecord(overview.team(load.teamId()).name(), overview.names().get(load.consultantId()),
							load.open(), load.oldestOpenDays(), load.inReview(), load.longestWaitingDays(),
							load.evaluationsOverdue(), load.evaluationsDue(), overview.compliments(load.consultantId()),
							message(overview.over(load) ? "answer.yes" : "answer.no", locale));
				}
			}
		}
	}

	/**
	 * An amount as a spreadsheet of this language reads it: 1234,50 in Dutch, no
	 * grouping.
	 */
	static String decimal(java.math.BigDecimal amount, Locale locale) {
		java.text.DecimalFormat format = new java.text.DecimalFormat("0.00",
				java.text.DecimalFormatSymbols.getInstance(locale));
		format.setRoundingMode(java.math.RoundingMode.HALF_UP);
		return format.format(amount);
	}

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
