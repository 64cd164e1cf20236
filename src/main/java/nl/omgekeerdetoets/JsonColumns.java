package nl.omgekeerdetoets;

import org.hibernate.cfg.MappingSettings;
import org.hibernate.type.format.FormatMapper;
import org.hibernate.type.format.jackson.Jackson3JsonFormatMapper;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How Hibernate writes and reads JSON columns (a case's step plan, for one): with Jackson
 * 3, the app's own, and dates as ISO text ({@code "2026-03-15"}), as the migrations and
 * the benchmark's generator write them. Left to itself Hibernate takes Jackson 2 whenever
 * a library brings it along (some test libraries do), and writes dates as arrays.
 */
@Configuration(proxyBeanMethods = false)
public class JsonColumns {

	/** The mapper behind JSON columns; also for tests that compare stored JSON. */
	public static JsonMapper jsonMapper() {
		return JsonMapper.builder().disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS).build();
	}

	@Bean
	HibernatePropertiesCustomizer jsonColumnsFormatMapper() {
		FormatMapper mapper = new Jackson3JsonFormatMapper(jsonMapper());
		return (properties) -> properties.put(MappingSettings.JSON_FORMAT_MAPPER, mapper);
	}

}
