package nl.omgekeerdetoets.system;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final Locale DUTCH = Locale.forLanguageTag("nl");

	static final String LANGUAGE_PARAMETER = "lang";

	static final List<Locale> SUPPORTED_LOCALES = List.of(DUTCH, Locale.ENGLISH);

	/**
	 * The language comes from a cookie once the user picked one, and from the browser's
	 * preference before that; anything but English falls back to Dutch.
	 */
	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("ot-lang") {

			@Override
			public Locale resolveLocale(jakarta.servlet.http.HttpServletRequest request) {
				Locale locale = super.resolveLocale(request);
				return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : DUTCH;
			}

		};
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocaleFunction((request) -> Collections.list(request.getLocales())
			.stream()
			.filter((locale) -> SUPPORTED_LOCALES.stream()
				.anyMatch((s) -> s.getLanguage().equals(locale.getLanguage())))
			.findFirst()
			.orElse(DUTCH));
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName(LANGUAGE_PARAMETER);
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	/** The app's clock runs in Dutch time, whatever the server's own zone. */
	@Bean
	Clock clock() {
		return Clock.system(ZoneId.of("Europe/Amsterdam"));
	}

}
