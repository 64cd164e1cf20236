package nl.omgekeerdetoets.similarity;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.omgekeerdetoets.cases.Step;
import nl.omgekeerdetoets.teams.SignedInUser;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Adds the similarity list to the two pages that show it: step 4 (for its consultant, who
 * may note comparisons there) and the lead's review page. The pages belong to the cases
 * and review modules, which know nothing of this one: once their controller rendered the
 * page's model, this adds {@code similar} to it, and the page includes the fragment
 * {@code similar/panel}, which shows nothing without it. Only after the controller
 * allowed the page (a refusal or a redirect never gets here), and the list checks the
 * reader's access to the case once more itself.
 */
@Configuration(proxyBeanMethods = false)
class SimilarCasesOnCasePages implements WebMvcConfigurer {

	static final String MODEL = "similar";

	static final String STEP_VIEW = "cases/step";

	static final String REVIEW_VIEW = "review/case";

	private final SimilarCases similar;

	SimilarCasesOnCasePages(SimilarCases similar) {
		this.similar = similar;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
					ModelAndView page) {
				addTo(request, page);
			}

		}).addPathPatterns("/cases/*/steps/action", "/review/cases/*", "/review/cases/*/*");
	}

	void addTo(HttpServletRequest request, ModelAndView page) {
		if (page == null || !(currentUser() instanceof SignedInUser reader)) {
			return;
		}
		Map<String, Object> model = page.getModel();
		boolean stepFour = STEP_VIEW.equals(page.getViewName()) && model.get("step") == Step.ACTION;
		boolean review = REVIEW_VIEW.equals(page.getViewName());
		if (!stepFour && !review) {
			return;
		}
		Long caseId = caseId(request);
		if (caseId == null) {
			return;
		}
		// On step 4 the consultant compares; a page shown because the case was submitted
		// meanwhile ("closed") is read-only.
		boolean mayCompare = stepFour && !Boolean.TRUE.equals(model.get("closed"));
		page.addObject(MODEL, this.similar.panel(caseId, reader, mayCompare));
	}

	private static Object currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null) ? authentication.getPrincipal() : null;
	}

	private static Long caseId(HttpServletRequest request) {
		if (!(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables)) {
			return null;
		}
		try {
			return Long.valueOf(String.valueOf(variables.get("id")));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
