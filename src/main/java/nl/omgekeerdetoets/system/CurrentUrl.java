package nl.omgekeerdetoets.system;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to the page being shown with one query parameter changed, for templates
 * ({@code ${@currentUrl.with('page', 2)}}): the language switch keeps the reader on their
 * page, and pagination keeps the list's filters and sort.
 */
@Component("currentUrl")
public class CurrentUrl {

	/** The current page in each language the app speaks, by language code. */
	public Map<String, String> languageLinks() {
		Map<String, String> links = new LinkedHashMap<>();
		WebConfiguration.SUPPORTED_LOCALES.forEach((locale) -> links.put(locale.getLanguage(),
				with(WebConfiguration.LANGUAGE_PARAMETER, locale.getLanguage())));
		return links;
	}

	public String with(String name, Object value) {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		// On an error page, link to the page that failed rather than to /error.
		String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String query = null;
		if (uri == null) {
			uri = request.getRequestURI();
			query = request.getQueryString();
		}
		try {
			return UriComponentsBuilder.fromPath(uri)
				.query(query)
				.replaceQueryParam(name, value)
				.build(true)
				.toUriString();
		}
		catch (IllegalArgumentException malformedQuery) {
			return UriComponentsBuilder.fromPath(uri).queryParam(name, value).build().encode().toUriString();
		}
	}

}
