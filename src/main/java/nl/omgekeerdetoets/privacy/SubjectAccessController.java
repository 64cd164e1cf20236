package nl.omgekeerdetoets.privacy;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.omgekeerdetoets.system.PdfDocuments;
import nl.omgekeerdetoets.teams.SignedInUser;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The privacy officer's subject access report: look a case up by its reference, read the
 * report, take it away as PDF or JSON. Each of these is logged as a read of the case.
 */
@Controller
class SubjectAccessController {

	private final SubjectAccessReports reports;

	private final PdfDocuments pdf;

	SubjectAccessController(SubjectAccessReports reports, PdfDocuments pdf) {
		this.reports = reports;
		this.pdf = pdf;
	}

	@GetMapping("/privacy/subject-access")
	String page(@RequestParam(required = false) String reference, @AuthenticationPrincipal SignedInUser officer,
			Model model) {
		model.addAttribute("reference", reference);
		if (reference != null && !reference.isBlank()) {
			Optional<SubjectAccessReport> report = this.reports.produce(reference, "html", officer);
			if (report.isEmpty()) {
				model.addAttribute("notFound", true);
			}
			else {
				model.addAttribute("report", report.get());
			}
		}
		return "privacy/subject-access";
	}

	@GetMapping("/privacy/subject-access.pdf")
	ResponseEntity<byte[]> pdf(@RequestParam String reference, @AuthenticationPrincipal SignedInUser officer,
			Locale locale) {
		Optional<SubjectAccessReport> report = this.reports.produce(reference, "pdf", officer);
		if (report.isEmpty()) {
			return ResponseEntity.notFound().build();
		}
		Map<String, Object> model = new HashMap<>();
		model.put("report", report.get());
		byte[] document = this.pdf.render("privacy/subject-access-pdf", model, null, locale);
		return PdfDocuments.download(document,
				"inzage-" + safe(report.get().caseFile().summary().reference()) + ".pdf");
	}

	@GetMapping(path = "/privacy/subject-access.json", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<SubjectAccessReport> json(@RequestParam String reference,
			@AuthenticationPrincipal SignedInUser officer) {
		return this.reports.produce(reference, "json", officer)
			.map((report) -> ResponseEntity.ok()
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment()
							.filename("inzage-" + safe(report.caseFile().summary().reference()) + ".json")
							.build()
							.toString())
				.body(report))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	/** A reference as a file name: letters, digits and dashes only. */
	private static String safe(String reference) {
		return reference.replaceAll("[^A-Za-z0-9-]", "");
	}

}
