package nl.omgekeerdetoets.system;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

/**
 * The texts of the app, from the bundles of {@code spring.messages.basename}, looked up
 * in one table per language. Spring Boot's message source asks each of the twelve bundles
 * in turn for every text, so a text of the last bundle cost eleven misses first: about a
 * twentieth of the time of a step page, which shows some hundred texts. This one merges
 * the bundles of a language once (Dutch as the default, English over it) and answers from
 * the merged table; the files are read once, as the packaged app never changes them.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

	@Bean(AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
	MessageSource messageSource(@Value("${spring.messages.basename}") String[] basenames) {
		ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
		messages
			.setBasenames(Arrays.stream(basenames).map((name) -> "classpath:" + name.trim()).toArray(String[]::new));
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		messages.setFallbackToSystemLocale(false);
		messages.setUseCodeAsDefaultMessage(false);
		// Cached for good, which is also what makes it answer from the merged table.
		messages.setCacheMillis(-1);
		return messages;
	}

}
