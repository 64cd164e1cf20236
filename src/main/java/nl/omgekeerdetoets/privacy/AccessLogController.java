package nl.omgekeerdetoets.privacy;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The privacy officer's access log: who read which case, when, through which role and
 * page; per case or per account and period; what stands out marked; as CSV.
 */
@Controller
class AccessLogController {

	private final AccessLog accessLog;

	private final MessageSource messages;

	private final Clock clock;

	AccessLogController(AccessLog accessLog, MessageSource messages, Clock clock) {
		this.accessLog = accessLog;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/privacy/access")
	String page(@ModelAttribute("filter") AccessFilter filter, BindingResult result,
			@PageableDefault(size = 50) Pageable pageable, Model model) {
		filter.check(result);
		if (result.hasErrors()) {
			filter.setFrom(null);
			filter.setTo(null);
		}
		filter.complete(LocalDate.now(this.clock));
		model.addAttribute("lines",
				this.accessLog.page(filter, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize())));
		model.addAttribute("manyCases", AccessLog.MANY_CASES);
		return "privacy/access";
	}

	@GetMapping("/privacy/access.csv")
	void export(@ModelAttribute("filter") AccessFilter filter, BindingResult result, Locale locale,
			HttpServletResponse response) throws IOException {
		filter.check(result);
		if (result.hasErrors()) {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		filter.complete(LocalDate.now(this.clock));
		this.accessLog.exported(filter);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"" + message("access.csv.filename", locale)
				+ "-" + filter.getFrom() + "-" + filter.getTo() + ".csv\"");
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		try (CSVPrinter csv = new CSVPrinter(writer, RetentionController.CSV)) {
			csv.printRecord(message("access.when", locale), message("access.account", locale),
					message("access.name", locale), message("access.role", locale), message("access.what", locale),
					message("access.case", locale), message("access.page", locale), message("access.times", locale),
					message("access.unusual", locale));
			this.accessLog.each(filter, (line) -> {
				try {
					csv.printRecord(line.at().atZone(this.clock.getZone()).toLocalDateTime().withNano(0), line.actor(),
							line.name(), message(line.roleKey(), locale), message(line.kindKey(), locale),
							line.reference(), line.page(), line.times(), unusual(line, locale));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
	}

	private String unusual(AccessLine line, Locale locale) {
		StringBuilder text = new StringBuilder();
		if (line.refused()) {
			text.append(message("access.flag.refused", locale));
		}
		if (line.outsideTeam()) {
			text.append(text.isEmpty() ? "" : ", ").append(message("access.flag.outsideTeam", locale));
		}
		if (line.many()) {
			text.append(text.isEmpty() ? "" : ", ").append(message("access.flag.many", locale));
		}
		return text.toString();
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
