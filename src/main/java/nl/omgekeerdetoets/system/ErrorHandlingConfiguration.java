package nl.omgekeerdetoets.system;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;

@Configuration(proxyBeanMethods = false)
class ErrorHandlingConfiguration {

	/**
	 * Just outside the session filter, so that it also catches a session that cannot be
	 * loaded or saved (see {@link RequestFailureFilter}).
	 */
	@Bean
	FilterRegistrationBean<RequestFailureFilter> requestFailureFilter() {
		FilterRegistrationBean<RequestFailureFilter> registration = new FilterRegistrationBean<>(
				new RequestFailureFilter());
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
		return registration;
	}

}
