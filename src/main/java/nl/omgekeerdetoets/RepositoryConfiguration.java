package nl.omgekeerdetoets;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactories;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;

/**
 * The repositories of every module, as Spring Boot would set them up, with one
 * difference: their {@code @Query} strings are read by Spring Data's plain query enhancer
 * instead of its HQL grammar. Parsing the 39 queries with that ANTLR grammar at start-up
 * took about a fifth of the main thread's start-up time (measured with Flight Recorder,
 * issue 13); Hibernate still parses and checks each query itself. The plain enhancer is
 * enough for what Spring Data does with them here: one paged query derives its count.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(queryEnhancerSelector = RepositoryConfiguration.PlainQueries.class)
class RepositoryConfiguration {

	/** Spring Data's plain enhancer for JPQL and native queries alike. */
	public static class PlainQueries extends QueryEnhancerSelector.DefaultQueryEnhancerSelector {

		public PlainQueries() {
			super(QueryEnhancerFactories.fallback(), QueryEnhancerFactories.fallback());
		}

	}

}
