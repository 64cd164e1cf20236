package nl.omgekeerdetoets.system;

import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Room in Thymeleaf's cache for every expression of the templates. It keeps 500 parsed
 * expressions by default (with SpEL's compiled form of each), and the templates hold
 * about 2,500 distinct attribute values: with a dozen pages in use the cache was full,
 * and expressions were evicted, parsed again and compiled to bytecode again without end
 * (issue 13: 83 compilations in 1,800 requests over twelve pages after warm-up, each a
 * new class in metaspace).
 */
@Configuration(proxyBeanMethods = false)
class TemplateCaching {

	/** Every expression of the templates, those built from fragment parameters too. */
	static final int EXPRESSIONS = 10_000;

	@Bean
	static BeanPostProcessor templateExpressionCache() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof SpringTemplateEngine engine) {
					StandardCacheManager caches = new StandardCacheManager();
					caches.setExpressionCacheMaxSize(EXPRESSIONS);
					engine.setCacheManager(caches);
				}
				return bean;
			}

		};
	}

}
