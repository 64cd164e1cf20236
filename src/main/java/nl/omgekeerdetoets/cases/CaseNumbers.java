package nl.omgekeerdetoets.cases;

import java.time.Clock;
import java.time.Year;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hands out case references such as {@code 2026-0042}: the year and a number that counts
 * up within it. One atomic statement per reference, so two consultants opening a case at
 * the same moment never get the same number.
 */
@Component
class CaseNumbers {

	private final JdbcClient jdbc;

	private final Clock clock;

	CaseNumbers(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	String next() {
		int year = Year.now(this.clock).getValue();
		int number = this.jdbc.sql("""
				insert into case_number (year, last_number) values (:year, 1)
				on conflict (year) do update set last_number = case_number.last_number + 1
				returning last_number
				""").param("year", year).query(Integer.class).single();
		return "%d-%04d".formatted(year, number);
	}

}
