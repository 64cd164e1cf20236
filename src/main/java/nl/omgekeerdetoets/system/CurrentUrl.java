package nl.omgekeerdetoets.system;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

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

	private static java.util.Optional<String> sameOriginRefererPath(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer == null) {
			return java.util.Optional.empty();
		}
		try {
			java.net.URI uri = java.net.URI.create(referer);
			boolean sameOrigin = request.getServerName().equalsIgnoreCase(uri.getHost())
					&& request.getServerPort() == ((uri.getPort() != -1) ? uri.getPort()
							: ("https".equals(uri.getScheme()) ? 443 : 80));
			return (sameOrigin && uri.getRawPath() != null && uri.getRawPath().startsWith("/"))
					? java.util.Optional.of(uri.getRawPath()) : java.util.Optional.empty();
		}
		catch (IllegalArgumentException malformed) {
			return java.util.Optional.empty();
		}
	}

	private static String encode(String part) {
		return UriUtils.encodeQueryParam(part, StandardCharsets.UTF_8);
	}

	public String with(String name, Object value) {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		// On an error page, link to the page that failed rather than to /error.
		String errorUri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (errorUri != null) ? errorUri : request.getRequestURI();
		if (errorUri == null && !"GET".equals(request.getMethod())) {
			// A form shown again after a failed POST: link to the page the form was on,
			// not to the POST-only URL.
			path = sameOriginRefererPath(request).orElse(path);
		}
		UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
		// A GET keeps its parameters (filters, sort); a form that was posted and shown
		// again keeps none, so its
		// fields never end up in a link.
		if (errorUri == null && "GET".equals(request.getMethod())) {
			request.getParameterMap()
				.forEach((key, values) -> link.queryParam(encode(key),
						Arrays.stream(values).map(CurrentUrl::encode).toArray()));
		}
		return link.replaceQueryParam(encode(name), encode(String.valueOf(value))).build(true).toUriString();
	}

}
