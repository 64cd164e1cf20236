package nl.omgekeerdetoets.privacy;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.omgekeerdetoets.shared.StaleVersionException;
import nl.omgekeerdetoets.teams.SignedInUser;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
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
 * The admin's retention screens: the rules, the dry run with its confirmation, running
 * now, and the deletion log with its CSV export.
 */
@Controller
@RequestMapping("/admin/retention")
class RetentionController {

	/** As the overview's exports: for Dutch Excel, semicolons and a BOM. */
	static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();

	/** The most cases the dry run lists by reference; the counts cover them all. */
	static final int DRY_RUN_LINES = 500;

	private final RetentionRules rules;

	private final DueCases dueCases;

	private final RetentionJob job;

	private final DeletionLog deletions;

	private final MessageSource messages;

	private final AccessLogRetention accessLog;

	private final Clock clock;

	RetentionController(RetentionRules rules, DueCases dueCases, RetentionJob job, DeletionLog deletions,
			MessageSource messages, AccessLogRetention accessLog, Clock clock) {
		this.accessLog = accessLog;
		this.rules = rules;
		this.dueCases = dueCases;
		this.job = job;
		this.deletions = deletions;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String index(Model model) {
		model.addAttribute("rules", this.rules.all());
		model.addAttribute("status", this.rules.status());
		model.addAttribute("runs", this.deletions.recentRuns(10));
		return "admin/retention/index";
	}

	@GetMapping("/rules/{id}")
	String rule(@PathVariable long id, Model model) {
		RetentionRule rule = this.rules.get(id);
		model.addAttribute("retentionRuleForm", RetentionRuleForm.from(rule));
		model.addAttribute("rule", rule);
		return "admin/retention/rule";
	}

	@PostMapping("/rules/{id}")
	String change(@PathVariable long id, @Valid @ModelAttribute RetentionRuleForm retentionRuleForm,
			BindingResult result, @AuthenticationPrincipal SignedInUser admin, Locale locale, Model model,
			RedirectAttributes redirect) {
		RetentionRule rule = this.rules.get(id);
		model.addAttribute("rule", rule);
		if (result.hasErrors()) {
			return "admin/retention/rule";
		}
		try {
			this.rules.change(id, retentionRuleForm, admin);
		}
		catch (StaleVersionException conflict) {
			// Keep what the admin typed; saving again applies it over the newer version.
			result.reject("conflict.form");
			retentionRuleForm.setVersion(conflict.currentVersion());
			return "admin/retention/rule";
		}
		redirect.addFlashAttribute("saved", "retention.rule.saved");
		redirect.addFlashAttribute("savedName", message(rule.getNameKey(), locale));
		return "redirect:/admin/retention";
	}

	/**
	 * What the next run would delete today: the run's own query, with counts per rule and
	 * the held cases apart.
	 */
	@GetMapping("/dry-run")
	String dryRun(Model model) {
		LocalDate today = LocalDate.now(this.clock);
		List<DueCase> due = this.dueCases.on(today);
		List<DueCase> toDelete = due.stream().filter((c) -> !c.held()).toList();
		Map<Long, Long> perRule = toDelete.stream()
			.collect(Collectors.groupingBy(DueCase::ruleId, Collectors.counting()));
		model.addAttribute("today", today);
		model.addAttribute("rules", this.rules.all());
		model.addAttribute("perRule", perRule);
		model.addAttribute("toDelete", toDelete.subList(0, Math.min(DRY_RUN_LINES, toDelete.size())));
		model.addAttribute("toDeleteCount", toDelete.size());
		model.addAttribute("held", due.stream().filter(DueCase::held).toList());
		model.addAttribute("status", this.rules.status());
		Optional<LocalDate> accessLogFirstDayKept = this.accessLog.firstDayKept(today);
		model.addAttribute("accessLinesDue", accessLogFirstDayKept.map(this.accessLog::dueBefore).orElse(0L));
		model.addAttribute("accessLogFirstDayKept", accessLogFirstDayKept.orElse(null));
		return "admin/retention/dry-run";
	}

	@PostMapping("/confirm")
	String confirm(@RequestParam long rulesVersion, @AuthenticationPrincipal SignedInUser admin,
			RedirectAttributes redirect) {
		if (this.rules.confirm(rulesVersion, admin)) {
			redirect.addFlashAttribute("saved", "retention.confirmed");
		}
		else {
			redirect.addFlashAttribute("problem", "retention.confirm.stale");
		}
		return "redirect:/admin/retention/dry-run";
	}

	/**
	 * Runs retention now, as the nightly run would (and not while another run is busy).
	 */
	@PostMapping("/run")
	String run(@AuthenticationPrincipal SignedInUser admin, RedirectAttributes redirect) {
		Optional<RetentionRun.Result> result = this.job.runLocked(admin.getUsername(), Duration.ZERO);
		if (result.isEmpty()) {
			redirect.addFlashAttribute("problem", "retention.run.busy");
		}
		else if (!result.get().confirmed()) {
			redirect.addFlashAttribute("problem", "retention.run.waiting");
		}
		else {
			redirect.addFlashAttribute("saved", "retention.run.done");
			redirect.addFlashAttribute("savedName", String.valueOf(result.get().deleted()));
		}
		return "redirect:/admin/retention/deletions";
	}

	@GetMapping("/deletions")
	String deletions(@PageableDefault(size = 50) Pageable pageable, Model model) {
		model.addAttribute("deletions",
				this.deletions.page(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize())));
		return "admin/retention/deletions";
	}

	@GetMapping("/deletions.csv")
	void export(Locale locale, HttpServletResponse response) throws IOException {
		this.deletions.exported();
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"" + message("retention.csv.filename", locale)
				+ "-" + LocalDate.now(this.clock) + ".csv\"");
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		try (CSVPrinter csv = new CSVPrinter(writer, CSV)) {
			csv.printRecord(message("retention.deletion.reference", locale), message("retention.deletion.team", locale),
					message("retention.deletion.opened", locale), message("retention.deletion.closed", locale),
					message("retention.deletion.lastChanged", locale), message("retention.deletion.rule", locale),
					message("retention.keepMonths", locale), message("retention.deletion.expired", locale),
					message("retention.deletion.deletedAt", locale), message("retention.deletion.run", locale));
			this.deletions.each((d) -> {
				try {
					csv.printRecord(d.reference(), d.teamName(), d.openedOn(), d.closedOn(), d.lastChangedOn(),
							message(d.ruleNameKey(), locale), d.keepMonths(), d.expiredOn(),
							d.deletedAt().atZone(this.clock.getZone()).toLocalDateTime().withNano(0), d.runId());
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
