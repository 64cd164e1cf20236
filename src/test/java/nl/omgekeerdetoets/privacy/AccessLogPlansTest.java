package nl.omgekeerdetoets.privacy;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import nl.omgekeerdetoets.support.QueryPlans;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: the access log of one case (a subject access report asks for all of it) reads
 * that case's lines through an index on the reference, not every case event of the
 * period: 400,000 case reads of 20,000 cases over two years, in {@link QueryPlans}'
 * database of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessLogPlansTest {

	static final int EVENTS = 400_000;

	/**
	 * The case's 20 lines, each with its check of its reader's hour, and the accounts.
	 */
	static final long BUFFER_BOUND = 500;

	QueryPlans plans;

	@BeforeAll
	void fourHundredThousandCaseReads() {
		this.plans = QueryPlans.inDatabase("access_log_plans");
		// Read by 50 accounts, in no relation to where a row lies in the table.
		this.plans.jdbc().sql("""
				insert into audit_event (occurred_at, actor, action, subject_type, subject_id, subject_label, detail)
				select now() - ((n::bigint * 7919) % 1051200) * interval '1 minute', 'lezer' || (n % 50), 'CASE_READ',
				       'CASE', n % 20000, 'P-' || (n % 20000), 'role=CONSULTANT; page=/cases/' || (n % 20000)
				from generate_series(1, :events) as n
				""").param("events", EVENTS).update();
		this.plans.jdbc().sql("vacuum analyze").update();
	}

	@Test
	void theLinesOfOneCaseReadABoundedNumberOfBuffers() {
		Map<String, Object> params = params("P-1234");
		assertThat(this.plans.jdbc().sql(AccessLog.LINES).params(params).query((row, n) -> 1).list()).hasSize(20);
		assertThat(this.plans.buffers(AccessLog.LINES, params)).as(() -> this.plans.plan(AccessLog.LINES, params))
			.isLessThanOrEqualTo(BUFFER_BOUND);
	}

	@Test
	void readingEveryCaseEventWouldCostFarMore() {
		assertThat(this.plans.buffers("select count(detail) from audit_event where subject_type = 'CASE'", Map.of()))
			.isGreaterThan(10 * BUFFER_BOUND);
	}

	/** As a subject access report asks: all time, one reference, every line. */
	private static Map<String, Object> params(String reference) {
		LocalDate from = LocalDate.of(2000, 1, 1);
		LocalDate to = LocalDate.now().plusDays(1);
		Map<String, Object> params = new HashMap<>();
		params.put("actions", AccessLog.ACTIONS);
		params.put("fromAt", from.atStartOfDay().atOffset(ZoneOffset.UTC));
		params.put("toAt", to.atStartOfDay().atOffset(ZoneOffset.UTC));
		params.put("from", Date.valueOf(from));
		params.put("to", Date.valueOf(to));
		params.put("reference", reference);
		params.put("account", "");
		params.put("many", AccessLog.MANY_CASES);
		params.put("unusual", false);
		return params;
	}

}
