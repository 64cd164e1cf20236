package nl.omgekeerdetoets.cases;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Which page a case was read through, for the access log: the request's method and path
 * with its numbers as {@code {id}} (the case page, a step, the print view, the review, a
 * PDF), never its query string, which can hold search text.
 */
final class ReadPages {

	private ReadPages() {
	}

	/**
	 * Whether this is the first read of the case in a page view (a GET request): the
	 * owner's own reads count page views, not the reads a page or a save makes.
	 */
	static boolean firstInPageView(long caseId) {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (!(attributes instanceof ServletRequestAttributes servlet)
				|| !"GET".equals(servlet.getRequest().getMethod())) {
			return false;
		}
		String name = ReadPages.class.getName() + "." + caseId;
		if (attributes.getAttribute(name, RequestAttributes.SCOPE_REQUEST) != null) {
			return false;
		}
		attributes.setAttribute(name, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
		return true;
	}

	static String current() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (!(attributes instanceof ServletRequestAttributes servlet)) {
			return "-";
		}
		HttpServletRequest request = servlet.getRequest();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String page = request.getMethod() + " " + path.replaceAll("/[0-9]+", "/{id}");
		return (page.length() <= 120) ? page : page.substring(0, 120);
	}

}
