package nl.omgekeerdetoets.system;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.omgekeerdetoets.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A refused CSRF token usually means the session expired while the page was open: that is
 * not "no access" but "log in again". A form sent without a signed-in session (it
 * expired, or a failed autosave already replaced it by a new anonymous one) leads to the
 * login page with that message, and after logging in back to the step the form came from,
 * where the page offers the typed text back. A step form sent from an old page by someone
 * who has signed in again meanwhile, in another tab, goes back to that step the same way.
 * Every other refusal is the friendly 403 page. Refusals of signed-in users are written
 * to the audit log, like a refused case: someone trying pages their role does not allow
 * is what the log is for.
 */
class ExpiredSessionAwareAccessDeniedHandler implements AccessDeniedHandler {

	static final String AUDIT_ACTION = "ACCESS_REFUSED";

	static final String AUDIT_SUBJECT = "PAGE";

	/** Refused pages of one case are lines of that case, for the admin's eyes only. */
	static final String CASE_SUBJECT = "CASE";

	/** A page of one case: the case page, its steps and evaluation, its review. */
	private static final Pattern CASE_PAGE = Pattern.compile("(?:/review)?/cases/([1-9][0-9]{0,17})(?:/.*)?");

	private static final Logger log = LoggerFactory.getLogger(ExpiredSessionAwareAccessDeniedHandler.class);

	private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();

	private final AuditLog auditLog;

	ExpiredSessionAwareAccessDeniedHandler(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException, ServletException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (denied instanceof CsrfException) {
			Optional<String> resume = ResumePage.of(path);
			if (!signedIn() || path.equals("/login")) {
				String to = "/login?expired" + resume.map((page) -> "&" + ResumePage.PARAMETER + "=" + page).orElse("");
				response.sendRedirect(request.getContextPath() + to);
				return;
			}
			if (resume.isPresent()) {
				audit(path, request, denied);
				response.sendRedirect(request.getContextPath() + resume.get() + "?stale");
				return;
			}
		}
		audit(path, request, denied);
		this.forbidden.handle(request, response, denied);
	}

	private static boolean signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

	/**
	 * Records the refusal in a transaction of its own: the request's work, if any, has
	 * ended by now (the refusal comes from the security filters or from a method check,
	 * outside any open transaction). Only the method and path go in: the query string can
	 * hold search text. A page of a case is recorded as an attempt on that case (the log
	 * names it by its reference), also when an admin tried it: admins read no case
	 * content. A failing audit write must not turn the 403 into a 500.
	 */
	private void audit(String path, HttpServletRequest request, AccessDeniedException denied) {
		String detail = request.getMethod() + " " + path + "; role=" + role() + "; reason="
				+ ((denied instanceof CsrfException) ? "csrf" : "role");
		Matcher casePage = CASE_PAGE.matcher(path);
		try {
			if (casePage.matches()) {
				this.auditLog.recordRefusal(AUDIT_ACTION, CASE_SUBJECT, Long.valueOf(casePage.group(1)), path, detail);
			}
			else {
				this.auditLog.recordRefusal(AUDIT_ACTION, AUDIT_SUBJECT, null, path, detail);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not record a refused request in the audit log: {}", ex.getClass().getName());
		}
	}

	private static String role() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return "none";
		}
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority.startsWith("ROLE_"))
			.map((authority) -> authority.substring("ROLE_".length()))
			.findFirst()
			.orElse("none");
	}

}
