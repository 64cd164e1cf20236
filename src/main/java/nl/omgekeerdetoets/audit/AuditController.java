package nl.omgekeerdetoets.audit;

import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The admin's history list: every recorded change, newest first.
 */
@Controller
class AuditController {

	/** The subject types an admin can filter on. */
	static final List<String> SUBJECT_TYPES = List.of("TEAM", "ACCOUNT", "LAW", "PRICE", "CASE", "RETENTION", "PAGE");

	private final AuditLog auditLog;

	AuditController(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@GetMapping("/admin/history")
	String history(@RequestParam(required = false) String type, @RequestParam(required = false) String actor,
			@PageableDefault(size = 50) Pageable pageable, Model model) {
		String subjectType = (type != null && SUBJECT_TYPES.contains(type)) ? type : "";
		// The history is always newest first: the page size and number come from the URL,
		// a sort does not.
		model.addAttribute("events", this.auditLog.search(subjectType, actor,
				PageRequest.of(pageable.getPageNumber(), pageable.getPageSize())));
		model.addAttribute("type", subjectType);
		model.addAttribute("actor", actor);
		model.addAttribute("subjectTypes", SUBJECT_TYPES);
		return "admin/history";
	}

}
