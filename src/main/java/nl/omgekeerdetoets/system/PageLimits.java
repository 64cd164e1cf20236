package nl.omgekeerdetoets.system;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PageableHandlerMethodArgumentResolver;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The page of a list comes from the URL. Its size is capped by
 * {@code spring.data.web.pageable.max-page-size}; its number is capped here, because the
 * database takes the offset (number × size) as an int: a page beyond that would be an
 * error, and is instead the last page whose offset fits, which is empty like any page
 * after the last.
 */
@Configuration(proxyBeanMethods = false)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageLimits implements WebMvcConfigurer {

	private final PageableHandlerMethodArgumentResolver pageables;

	PageLimits(PageableHandlerMethodArgumentResolver pageables) {
		this.pageables = pageables;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new HandlerMethodArgumentResolver() {

			@Override
			public boolean supportsParameter(MethodParameter parameter) {
				return PageLimits.this.pageables.supportsParameter(parameter);
			}

			@Override
			public Pageable resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
					NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
				Pageable pageable;
				try {
					pageable = PageLimits.this.pageables.resolveArgument(parameter, mavContainer, webRequest,
							binderFactory);
				}
				catch (IllegalArgumentException malformedSort) {
					// A sort the list cannot read (e.g. sort=%) is left out, not an
					// error.
					pageable = PageLimits.this.pageables.resolveArgument(parameter, mavContainer,
							withoutSort(webRequest), binderFactory);
				}
				return withinReach(sortable(parameter) ? pageable
						: PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
			}

		});
	}

	/**
	 * Only a list that declares a default sort offers sorting (and checks the properties
	 * it allows); the others have their own fixed order, which a sort from the URL must
	 * not reach.
	 */
	private static boolean sortable(MethodParameter parameter) {
		PageableDefault defaults = parameter.getParameterAnnotation(PageableDefault.class);
		return defaults != null && defaults.sort().length > 0;
	}

	private static NativeWebRequest withoutSort(NativeWebRequest webRequest) {
		HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
		return new ServletWebRequest(new HttpServletRequestWrapper(request) {

			@Override
			public String getParameter(String name) {
				return name.equals("sort") ? null : super.getParameter(name);
			}

			@Override
			public String[] getParameterValues(String name) {
				return name.equals("sort") ? null : super.getParameterValues(name);
			}

		});
	}

	static Pageable withinReach(Pageable pageable) {
		if (pageable.isUnpaged() || pageable.getOffset() <= Integer.MAX_VALUE) {
			return pageable;
		}
		return pageable.withPage(Integer.MAX_VALUE / pageable.getPageSize());
	}

}
