package nl.omgekeerdetoets.cases;

import nl.omgekeerdetoets.audit.AuditLog;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Records refused case reads and answers them as a plain 404. Recording here, after the
 * service's transaction has ended, needs one database connection per refusal instead of
 * two: a burst of refused requests cannot starve the connection pool.
 */
@ControllerAdvice
class CaseAccessRefusals {

	private final AuditLog auditLog;

	CaseAccessRefusals(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@ExceptionHandler(CaseAccessRefusedException.class)
	ModelAndView refused(CaseAccessRefusedException refusal) {
		this.auditLog.recordRefusal("CASE_ACCESS_REFUSED", CaseService.AUDIT_SUBJECT, refusal.caseId(), null,
				"role=" + refusal.role());
		ModelAndView page = new ModelAndView("error", HttpStatus.NOT_FOUND);
		page.addObject("status", HttpStatus.NOT_FOUND.value());
		page.addObject("kind", "404");
		return page;
	}

}
