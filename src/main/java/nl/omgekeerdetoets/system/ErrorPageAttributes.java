package nl.omgekeerdetoets.system;

import java.util.Map;
import java.util.Set;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * Adds {@code kind} to the error page's model: the statuses with a page of their own text
 * (400, 403, 404, 409, and 503 when the database cannot be reached), or {@code other} for
 * everything else, which gets the general "something went wrong" text.
 */
@Component
class ErrorPageAttributes extends DefaultErrorAttributes {

	static final Set<Integer> EXPLAINED_STATUSES = Set.of(400, 403, 404, 409, 503);

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request, options);
		attributes.put("kind", kindOf(attributes.get("status")));
		return attributes;
	}

	static String kindOf(Object status) {
		return (status instanceof Integer code && EXPLAINED_STATUSES.contains(code)) ? String.valueOf(code) : "other";
	}

}
