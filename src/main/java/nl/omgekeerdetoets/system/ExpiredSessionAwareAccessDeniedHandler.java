package nl.omgekeerdetoets.system;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A refused CSRF token usually means the session expired while the page was open: that is
 * not "no access" but "log in again". When there is no valid session any more, the user
 * goes to the login page with that message; every other refusal is the friendly 403 page.
 */
class ExpiredSessionAwareAccessDeniedHandler implements AccessDeniedHandler {

	private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException, ServletException {
		boolean sessionGone = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
		if (denied instanceof CsrfException && (sessionGone || request.getRequestURI().endsWith("/login"))) {
			response.sendRedirect(request.getContextPath() + "/login?expired");
			return;
		}
		this.forbidden.handle(request, response, denied);
	}

}
