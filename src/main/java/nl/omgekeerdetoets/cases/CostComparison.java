package nl.omgekeerdetoets.cases;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The money side of a case: what the situation costs without maatwerk and with it, per
 * payer, over the years given, and the difference. Computed on the server in exact
 * decimals, never in floating point.
 *
 * @param withoutMaatwerk the total of the scenario without maatwerk
 * @param withMaatwerk the total of the scenario with maatwerk
 * @param difference without minus with: positive is what maatwerk saves
 * @param byPayer per payer, the totals of both scenarios
 */
public record CostComparison(BigDecimal withoutMaatwerk, BigDecimal withMaatwerk, BigDecimal difference,
		Map<Choices.Payer, PayerTotals> byPayer) {

	public static CostComparison of(List<CostLine> lines) {
		BigDecimal without = BigDecimal.ZERO;
		BigDecimal with = BigDecimal.ZERO;
		Map<Choices.Payer, PayerTotals> byPayer = new EnumMap<>(Choices.Payer.class);
		for (CostLine line : lines) {
			BigDecimal total = line.total();
			boolean isWithout = line.getScenario() == Choices.Scenario.WITHOUT_MAATWERK;
			if (isWithout) {
				without = without.add(total);
			}
			else if (line.getScenario() == Choices.Scenario.WITH_MAATWERK) {
				with = with.add(total);
			}
			if (line.getPayer() != null && line.getScenario() != null) {
				PayerTotals current = byPayer.getOrDefault(line.getPayer(), PayerTotals.ZERO);
				byPayer.put(line.getPayer(), isWithout ? current.addWithout(total) : current.addWith(total));
			}
		}
		return new CostComparison(without, with, without.subtract(with), byPayer);
	}

	public boolean isEmpty() {
		return this.withoutMaatwerk.signum() == 0 && this.withMaatwerk.signum() == 0;
	}

	/** What maatwerk saves for a payer (negative: what it costs them extra). */
	public record PayerTotals(BigDecimal withoutMaatwerk, BigDecimal withMaatwerk) {

		static final PayerTotals ZERO = new PayerTotals(BigDecimal.ZERO, BigDecimal.ZERO);

		PayerTotals addWithout(BigDecimal amount) {
			return new PayerTotals(this.withoutMaatwerk.add(amount), this.withMaatwerk);
		}

		PayerTotals addWith(BigDecimal amount) {
			return new PayerTotals(this.withoutMaatwerk, this.withMaatwerk.add(amount));
		}

		public BigDecimal difference() {
			return this.withoutMaatwerk.subtract(this.withMaatwerk);
		}

	}

}
