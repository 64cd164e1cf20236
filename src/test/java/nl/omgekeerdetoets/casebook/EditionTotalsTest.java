package nl.omgekeerdetoets.casebook;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An edition's totals are summed from its entries' figures in exact decimals, per payer,
 * per law domain and in total, with the effects counted per follow-up.
 */
class EditionTotalsTest {

	@Test
	void totalsAreExactPerPayerPerDomainAndOverall() {
		EditionContent.Entry first = entry(
				1, List.of("WMO", "SCHULDHULP"), costs("6000.10", "450.05",
						line("MUNICIPALITY_WMO", "6000.10", "400.05"), line("RESIDENT", "0.00", "50.00")),
				effects(1, 0, 0, 1));
		EditionContent.Entry second = entry(2, List.of("WMO"), costs("0.20", "0.10", line("RESIDENT", "0.20", "0.10")),
				effects(0, 1, 1, 0));

		EditionContent.Totals totals = EditionContents.totals(List.of(first, second));

		assertThat(totals.cases()).isEqualTo(2);
		assertThat(totals.costs().withoutMaatwerk()).isEqualByComparingTo("6000.30");
		assertThat(totals.costs().withMaatwerk()).isEqualByComparingTo("450.15");
		assertThat(totals.costs().difference()).isEqualByComparingTo("5550.15");
		// Payers in the cases module's order: the municipality (Wmo) before the resident.
		assertThat(totals.costs().byPayer()).extracting(EditionContent.Line::key)
			.containsExactly("MUNICIPALITY_WMO", "RESIDENT");
		assertThat(totals.costs().byPayer().get(1).withoutMaatwerk()).isEqualByComparingTo("0.20");
		assertThat(totals.costs().byPayer().get(1).withMaatwerk()).isEqualByComparingTo("50.10");
		// A case with two domains counts under both.
		assertThat(totals.byDomain()).extracting(EditionContent.Line::key).containsExactly("WMO", "SCHULDHULP");
		assertThat(totals.byDomain().get(0).withoutMaatwerk()).isEqualByComparingTo("6000.30");
		assertThat(totals.byDomain().get(1).withoutMaatwerk()).isEqualByComparingTo("6000.10");
		assertThat(totals.effects().after6Months()).isEqualTo(new EditionContent.EffectCounts(1, 1, 1, 1));
	}

	@Test
	void anEmptyEditionTotalsZero() {
		EditionContent.Totals totals = EditionContents.totals(List.of());
		assertThat(totals.cases()).isZero();
		assertThat(totals.costs().difference()).isEqualByComparingTo("0");
		assertThat(totals.costs().byPayer()).isEmpty();
	}

	private static EditionContent.Entry entry(long id, List<String> domains, EditionContent.Costs costs,
			EditionContent.Effects effects) {
		return new EditionContent.Entry(id, "Titel " + id, "s", "q", "l", "o", "g", "les", domains, costs, effects);
	}

	private static EditionContent.Costs costs(String without, String with, EditionContent.Line... lines) {
		return new EditionContent.Costs(new BigDecimal(without), new BigDecimal(with), List.of(lines));
	}

	private static EditionContent.Line line(String payer, String without, String with) {
		return new EditionContent.Line(payer, new BigDecimal(without), new BigDecimal(with));
	}

	private static EditionContent.Effects effects(int reached, int partly, int notReached, int open) {
		return new EditionContent.Effects(new EditionContent.EffectCounts(reached, partly, notReached, open),
				EditionContent.EffectCounts.NONE);
	}

}
