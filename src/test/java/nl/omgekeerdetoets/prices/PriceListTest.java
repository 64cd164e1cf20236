package nl.omgekeerdetoets.prices;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.omgekeerdetoets.shared.FieldProblem;
import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.TestFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The read side other modules use, the validity periods and the rule that a price is
 * never changed, against the Flyway schema and its seeded examples.
 */
@IntegrationTest
class PriceListTest {

	static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

	static final LocalDate JUL_1 = LocalDate.of(2026, 7, 1);

	@Autowired
	PriceList priceList;

	@Autowired
	PriceService prices;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSeededExamplesArePricedAndMarkedAsExamples() {
		Map<String, PriceQuote> seeded = this.jdbc.sql("select id, name from price_item where example")
			.query((rs, row) -> this.priceList.priceOn(rs.getLong("id"), LocalDate.of(2026, 3, 1)).orElseThrow())
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(PriceQuote::name, (quote) -> quote));

		assertThat(seeded).hasSizeGreaterThanOrEqualTo(12);
		assertThat(seeded.values()).allMatch(PriceQuote::example).allMatch((quote) -> quote.sourceNote() != null);
		assertThat(seeded.get("Huishoudelijke hulp")).satisfies((quote) -> {
			assertThat(quote.amount()).isEqualByComparingTo("33.50");
			assertThat(quote.unit()).isEqualTo(PriceUnit.HOUR);
			assertThat(quote.payer()).isEqualTo(Payer.MUNICIPALITY_WMO);
			assertThat(quote.validFrom()).isEqualTo(JAN_1);
			assertThat(quote.validTo()).isNull();
		});
		assertThat(seeded.get("Ontruiming (huisuitzetting)").payer()).isEqualTo(Payer.HOUSING_CORPORATION);
		assertThat(seeded.values()).extracting(PriceQuote::payer)
			.contains(Payer.MUNICIPALITY_JEUGD, Payer.MUNICIPALITY_PARTICIPATIE, Payer.MUNICIPALITY_SCHULDHULP,
					Payer.RESIDENT, Payer.HEALTH_INSURER, Payer.WLZ);
	}

	@Test
	void priceOnADayPicksThePeriodThatDayFallsIn() {
		PriceItem item = item("10.00", JAN_1);
		this.prices.addPrice(item.getId(), new NewPrice(new BigDecimal("12.50"), JUL_1, null));

		assertThat(this.priceList.priceOn(item.getId(), JAN_1.minusDays(1))).as("before the first period").isEmpty();
		assertThat(amountOn(item, JAN_1)).isEqualByComparingTo("10.00");
		assertThat(amountOn(item, JUL_1.minusDays(1))).isEqualByComparingTo("10.00");
		assertThat(amountOn(item, JUL_1)).isEqualByComparingTo("12.50");
		assertThat(amountOn(item, LocalDate.of(2040, 1, 1))).isEqualByComparingTo("12.50");
		assertThat(this.priceList.priceOn(item.getId(), JUL_1).orElseThrow().validTo()).isNull();
	}

	@Test
	void aNewPriceClosesTheOpenPeriodTheDayBefore() {
		PriceItem item = item("10.00", JAN_1);
		this.prices.addPrice(item.getId(), new NewPrice(new BigDecimal("12.50"), JUL_1, null));

		PriceQuote first = this.priceList.priceOn(item.getId(), JAN_1).orElseThrow();
		assertThat(first.validFrom()).isEqualTo(JAN_1);
		assertThat(first.validTo()).isEqualTo(LocalDate.of(2026, 6, 30));
	}

	@Test
	void aClosedPeriodLeavesAGapWithoutAPriceAndANewOneMayStartAfterIt() {
		PriceItem item = this.prices.create(PriceUnit.MONTH, Payer.RESIDENT, details(),
				new NewPrice(new BigDecimal("20.00"), JAN_1, LocalDate.of(2026, 3, 31)));
		assertThatThrownBy(
				() -> this.prices.addPrice(item.getId(), new NewPrice(BigDecimal.ONE, LocalDate.of(2026, 3, 31), null)))
			.isInstanceOfSatisfying(FieldProblem.class,
					(problem) -> assertThat(problem.messageKey()).isEqualTo("price.validFrom.overlaps"));
		this.prices.addPrice(item.getId(), new NewPrice(new BigDecimal("21.00"), JUL_1, null));

		assertThat(this.priceList.priceOn(item.getId(), LocalDate.of(2026, 5, 1))).isEmpty();
		assertThat(amountOn(item, LocalDate.of(2026, 3, 31))).isEqualByComparingTo("20.00");
		assertThat(amountOn(item, JUL_1)).isEqualByComparingTo("21.00");
	}

	@Test
	void aNewPriceCannotStartOnOrBeforeTheLatestStartSoNoUsedPriceChanges() {
		PriceItem item = item("10.00", JAN_1);
		this.prices.addPrice(item.getId(), new NewPrice(new BigDecimal("12.50"), JUL_1, null));

		for (LocalDate start : List.of(JUL_1, JAN_1, LocalDate.of(2026, 3, 1), LocalDate.of(2025, 1, 1))) {
			assertThatThrownBy(
					() -> this.prices.addPrice(item.getId(), new NewPrice(new BigDecimal("99.00"), start, null)))
				.as("new price from %s", start)
				.isInstanceOfSatisfying(FieldProblem.class, (problem) -> {
					assertThat(problem.field()).isEqualTo("validFrom");
					assertThat(problem.messageKey()).isEqualTo("price.validFrom.notAfterLatest");
				});
		}
		assertThat(rows(item)).containsExactly("10.00 2026-01-01 2026-06-30", "12.50 2026-07-01 open");
	}

	@Test
	void anEndBeforeTheStartIsRefused() {
		assertThatThrownBy(() -> this.prices.create(PriceUnit.HOUR, Payer.OTHER, details(),
				new NewPrice(BigDecimal.TEN, JUL_1, JAN_1)))
			.isInstanceOfSatisfying(FieldProblem.class,
					(problem) -> assertThat(problem.messageKey()).isEqualTo("price.validTo.beforeFrom"));
	}

	@Test
	void theDatabaseRefusesToChangeOrDeleteAPrice() {
		PriceItem item = item("10.00", JAN_1);
		this.prices.addPrice(item.getId(), new NewPrice(new BigDecimal("12.50"), JUL_1, null));
		long first = priceId(item, JAN_1);
		long open = priceId(item, JUL_1);

		for (String change : List.of("update price set amount = 11 where id = :id",
				"update price set valid_from = date '2025-12-01' where id = :id",
				"update price set valid_to = date '2026-05-31' where id = :id",
				"update price set created_by = 'someone' where id = :id", "delete from price where id = :id")) {
			assertThatThrownBy(() -> this.jdbc.sql(change).param("id", first).update()).as(change)
				.hasMessageContaining("a price is never");
		}
		assertThatThrownBy(
				() -> this.jdbc.sql("update price set amount = 13 where id = :id").param("id", open).update())
			.hasMessageContaining("a price is never changed");
		assertThat(rows(item)).containsExactly("10.00 2026-01-01 2026-06-30", "12.50 2026-07-01 open");
	}

	@Test
	void theDatabaseRefusesOverlappingPeriodsAndNegativeAmounts() {
		PriceItem item = item("10.00", JAN_1);
		assertThatThrownBy(() -> this.jdbc
			.sql("insert into price (price_item_id, amount, valid_from, created_by) values (:item, 5, :from, 'x')")
			.param("item", item.getId())
			.param("from", JUL_1)
			.update()).hasMessageContaining("price_periods_do_not_overlap");
		assertThatThrownBy(() -> this.jdbc
			.sql("insert into price (price_item_id, amount, valid_from, valid_to, created_by) "
					+ "values (:item, -1, date '2020-01-01', date '2020-12-31', 'x')")
			.param("item", item.getId())
			.update()).hasMessageContaining("price_amount_check");
		assertThat(rows(item)).containsExactly("10.00 2026-01-01 open");
	}

	@Test
	void activePricesOnADayLeaveOutRetiredItems() {
		PriceItem kept = item("1.00", JAN_1);
		PriceItem retired = item("2.00", JAN_1);
		this.prices.retire(retired.getId());

		assertThat(this.priceList.activePricesOn(JUL_1)).extracting(PriceQuote::itemId)
			.contains(kept.getId())
			.doesNotContain(retired.getId());
		assertThat(this.priceList.priceOn(retired.getId(), JUL_1)).as("a retired item keeps its prices").isPresent();
	}

	private BigDecimal amountOn(PriceItem item, LocalDate day) {
		return this.priceList.priceOn(item.getId(), day).orElseThrow().amount();
	}

	private PriceItem item(String amount, LocalDate from) {
		return this.prices.create(PriceUnit.HOUR, Payer.MUNICIPALITY_WMO, details(),
				new NewPrice(new BigDecimal(amount), from, null));
	}

	private static PriceItemDetails details() {
		return new PriceItemDetails(TestFixtures.unique("Product"), null, "test", false);
	}

	private long priceId(PriceItem item, LocalDate from) {
		return this.jdbc.sql("select id from price where price_item_id = :item and valid_from = :from")
			.param("item", item.getId())
			.param("from", from)
			.query(Long.class)
			.single();
	}

	/** The item's price rows as "amount from to", oldest first. */
	List<String> rows(PriceItem item) {
		return this.jdbc
			.sql("select amount, valid_from, valid_to from price where price_item_id = :item order by valid_from")
			.param("item", item.getId())
			.query((rs, row) -> rs.getBigDecimal("amount").toPlainString() + " " + rs.getDate("valid_from") + " "
					+ ((rs.getDate("valid_to") != null) ? rs.getDate("valid_to").toString() : "open"))
			.list();
	}

}
