package nl.omgekeerdetoets.cases;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import nl.omgekeerdetoets.shared.AmountEditor;
import nl.omgekeerdetoets.cases.Choices.Payer;
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

	private static String shown(String amount, Locale locale) {
		AmountEditor editor = new AmountEditor(locale);
		editor.setValue(new BigDecimal(amount));
		return editor.getAsText();
	}

}
