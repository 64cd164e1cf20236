package nl.omgekeerdetoets.cases;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import nl.omgekeerdetoets.shared.AmountEditor;
import nl.omgekeerdetoets.prices.Payer;
import nl.omgekeerdetoets.prices.PriceUnit;
import nl.omgekeerdetoets.cases.Choices.Scenario;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CostComparisonTest {

	@Test
	void totalsPerScenarioAndTheDifferenceAreExact() {
		CostComparison comparison = CostComparison.of(List.of(
				new CostLine(Scenario.WITHOUT_MAATWERK, Payer.MUNICIPALITY_WMO, "Thuiszorg", new BigDecimal("0.10"), 3),
				new CostLine(Scenario.WITHOUT_MAATWERK, Payer.HOUSING_CORPORATION, "Ontruiming",
						new BigDecimal("8500.20"), 1),
				new CostLine(Scenario.WITH_MAATWERK, Payer.MUNICIPALITY_WMO, "Maatwerk", new BigDecimal("1200.05"),
						2)));
		assertThat(comparison.withoutMaatwerk()).isEqualByComparingTo("8500.50");
		assertThat(comparison.withMaatwerk()).isEqualByComparingTo("2400.10");
		assertThat(comparison.difference()).isEqualByComparingTo("6100.40");
		assertThat(comparison.byPayer().get(Payer.MUNICIPALITY_WMO).difference()).isEqualByComparingTo("-2399.80");
		assertThat(comparison.byPayer().get(Payer.HOUSING_CORPORATION).difference()).isEqualByComparingTo("8500.20");
	}

	@Test
	void aPricedLineIsUnitPriceTimesQuantityRoundedToCentsHalfUpOncePerYear() {
		// 33,50 × 12,25 = 410,375: rounded half up to 410,38 a year, then × 3 years
		// exactly (1231,14), not 1231,125 rounded once at the end (1231,13).
		CostLine hours = priced(Scenario.WITH_MAATWERK, Payer.MUNICIPALITY_WMO, "33.50", "12.25", 3);
		assertThat(hours.yearly()).isEqualByComparingTo("410.38");
		assertThat(hours.total()).isEqualByComparingTo("1231.14");
		// 2,5 hours a week × 52 weeks = 130 hours at 69,00: no rounding needed.
		assertThat(priced(Scenario.WITH_MAATWERK, Payer.MUNICIPALITY_WMO, "69.00", "130", 1).yearly())
			.isEqualByComparingTo("8970.00");
		// Half a cent goes up, less than half a cent down: 0,05 × 0,10 = 0,005 and
		// 0,05 × 0,09 = 0,0045.
		assertThat(priced(Scenario.WITH_MAATWERK, Payer.RESIDENT, "0.05", "0.10", 1).yearly())
			.isEqualByComparingTo("0.01");
		assertThat(priced(Scenario.WITH_MAATWERK, Payer.RESIDENT, "0.05", "0.09", 1).yearly())
			.isEqualByComparingTo("0.00");
		// A priced line without its quantity yet counts as zero.
		assertThat(priced(Scenario.WITH_MAATWERK, Payer.RESIDENT, "21.80", null, 2).total()).isEqualByComparingTo("0");
	}

	@Test
	void totalsPerPayerAndPerYearOverTheHorizonAddUpToTheCent() {
		CostComparison comparison = CostComparison.of(List.of(
				// Without maatwerk: an eviction in year 1, six months of shelter a year
				// for 2 years, both priced; and a free amount for the resident.
				priced(Scenario.WITHOUT_MAATWERK, Payer.HOUSING_CORPORATION, "6000.00", "1", 1),
				priced(Scenario.WITHOUT_MAATWERK, Payer.MUNICIPALITY_WMO, "4800.00", "6", 2),
				new CostLine(Scenario.WITHOUT_MAATWERK, Payer.RESIDENT, "Verhuizen", new BigDecimal("1500.00"), 1),
				// With maatwerk: 2,5 hours a week of guidance for 3 years at 69,00 and a
				// one-off debt help trajectory.
				priced(Scenario.WITH_MAATWERK, Payer.MUNICIPALITY_WMO, "69.00", "130", 3),
				priced(Scenario.WITH_MAATWERK, Payer.MUNICIPALITY_SCHULDHULP, "3200.00", "1", 1),
				// A line in neither scenario is not counted anywhere.
				new CostLine(null, Payer.OTHER, "Nog te kiezen", new BigDecimal("999.99"), 5)));

		assertThat(comparison.withoutMaatwerk()).isEqualByComparingTo("65100.00");
		assertThat(comparison.withMaatwerk()).isEqualByComparingTo("30110.00");
		assertThat(comparison.difference()).isEqualByComparingTo("34990.00");

		assertThat(comparison.byPayer()).containsOnlyKeys(Payer.HOUSING_CORPORATION, Payer.MUNICIPALITY_WMO,
				Payer.RESIDENT, Payer.MUNICIPALITY_SCHULDHULP);
		assertThat(comparison.byPayer().get(Payer.MUNICIPALITY_WMO).withoutMaatwerk()).isEqualByComparingTo("57600.00");
		assertThat(comparison.byPayer().get(Payer.MUNICIPALITY_WMO).withMaatwerk()).isEqualByComparingTo("26910.00");
		assertThat(comparison.byPayer().get(Payer.MUNICIPALITY_WMO).difference()).isEqualByComparingTo("30690.00");
		assertThat(comparison.byPayer().get(Payer.MUNICIPALITY_SCHULDHULP).difference())
			.isEqualByComparingTo("-3200.00");
		assertThat(comparison.byPayer().get(Payer.HOUSING_CORPORATION).difference()).isEqualByComparingTo("6000.00");
		assertThat(comparison.byPayer().keySet()).as("in the payers' order")
			.containsExactly(Payer.MUNICIPALITY_WMO, Payer.MUNICIPALITY_SCHULDHULP, Payer.RESIDENT,
					Payer.HOUSING_CORPORATION);

		// The horizon is the longest line: 3 years. A line of k years counts in years
		// 1..k.
		assertThat(comparison.horizon()).isEqualTo(3);
		assertThat(comparison.byYear()).extracting(CostComparison.YearTotals::year).containsExactly(1, 2, 3);
		CostComparison.YearTotals first = comparison.byYear().get(0);
		assertThat(first.withoutMaatwerk()).isEqualByComparingTo("36300.00");
		assertThat(first.withMaatwerk()).isEqualByComparingTo("12170.00");
		assertThat(first.cumulativeDifference()).isEqualByComparingTo("24130.00");
		CostComparison.YearTotals second = comparison.byYear().get(1);
		assertThat(second.withoutMaatwerk()).isEqualByComparingTo("28800.00");
		assertThat(second.withMaatwerk()).isEqualByComparingTo("8970.00");
		assertThat(second.cumulativeDifference()).isEqualByComparingTo("43960.00");
		CostComparison.YearTotals third = comparison.byYear().get(2);
		assertThat(third.withoutMaatwerk()).isEqualByComparingTo("0");
		assertThat(third.withMaatwerk()).isEqualByComparingTo("8970.00");
		assertThat(third.difference()).isEqualByComparingTo("-8970.00");
		// The last year's running difference is the total difference, to the cent.
		assertThat(third.cumulativeDifference()).isEqualByComparingTo(comparison.difference());
	}

	@Test
	void yearsOfRoundedPricedLinesAddUpToTheTotalExactly() {
		CostComparison comparison = CostComparison
			.of(List.of(priced(Scenario.WITH_MAATWERK, Payer.MUNICIPALITY_JEUGD, "98.00", "3.33", 7),
					priced(Scenario.WITH_MAATWERK, Payer.MUNICIPALITY_JEUGD, "33.50", "0.15", 4)));
		// 98 × 3,33 = 326,34 and 33,50 × 0,15 = 5,025 → 5,03 a year.
		assertThat(comparison.withMaatwerk()).isEqualByComparingTo("2304.50");
		BigDecimal sumOfYears = comparison.byYear()
			.stream()
			.map(CostComparison.YearTotals::withMaatwerk)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(sumOfYears).isEqualByComparingTo(comparison.withMaatwerk());
		assertThat(comparison.byYear().get(3).withMaatwerk()).isEqualByComparingTo("331.37");
		assertThat(comparison.byYear().get(4).withMaatwerk()).isEqualByComparingTo("326.34");
	}

	@Test
	void incompleteLinesCountAsZero() {
		CostComparison comparison = CostComparison
			.of(List.of(new CostLine(Scenario.WITH_MAATWERK, Payer.RESIDENT, "Nog onbekend", null, 2)));
		assertThat(comparison.withMaatwerk()).isEqualByComparingTo("0");
		assertThat(comparison.isEmpty()).isTrue();
	}

	@Test
	void amountsAreReadTheWayPeopleTypeThem() {
		Locale dutch = Locale.forLanguageTag("nl");
		assertThat(AmountEditor.parse("1250,50", dutch)).isEqualByComparingTo("1250.50");
		assertThat(AmountEditor.parse("€ 1.250,50", dutch)).isEqualByComparingTo("1250.50");
		assertThat(AmountEditor.parse("1.250", dutch)).isEqualByComparingTo("1250");
		assertThat(AmountEditor.parse("12.5", dutch)).isEqualByComparingTo("12.5");
		assertThat(AmountEditor.parse("1,250.50", Locale.ENGLISH)).isEqualByComparingTo("1250.50");
		assertThat(AmountEditor.parse("1250.50", Locale.ENGLISH)).isEqualByComparingTo("1250.50");
		assertThat(AmountEditor.parse("", dutch)).isNull();
		assertThatThrownBy(() -> AmountEditor.parse("twaalf", dutch)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void amountsAreShownAgainAsPeopleWriteThem() {
		assertThat(shown("1234.56", Locale.forLanguageTag("nl"))).isEqualTo("1.234,56");
		assertThat(shown("1234567", Locale.forLanguageTag("nl"))).isEqualTo("1.234.567,00");
		assertThat(shown("12.5", Locale.forLanguageTag("nl"))).isEqualTo("12,50");
		assertThat(shown("0.125", Locale.forLanguageTag("nl"))).isEqualTo("0,125");
		assertThat(shown("1234.56", Locale.ENGLISH)).isEqualTo("1,234.56");
		for (String typed : new String[] { "1.234,56", "12,50", "1.234.567,00" }) {
			Locale dutch = Locale.forLanguageTag("nl");
			assertThat(shown(AmountEditor.parse(typed, dutch).toPlainString(), dutch)).isEqualTo(typed);
		}
	}

	private static CostLine priced(Scenario scenario, Payer payer, String unitPrice, String quantity, int years) {
		ItemPrice price = new ItemPrice(1, 1, "Product", PriceUnit.HOUR, payer, new BigDecimal(unitPrice), null);
		return CostLine.priced(scenario, payer, null, price, (quantity != null) ? new BigDecimal(quantity) : null,
				years);
	}

	private static String shown(String amount, Locale locale) {
		AmountEditor editor = new AmountEditor(locale);
		editor.setValue(new BigDecimal(amount));
		return editor.getAsText();
	}

}
