package nl.omgekeerdetoets.cases;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.omgekeerdetoets.prices.Payer;

/**
 * The money side of a case: what the situation costs without maatwerk and with it, per
 * payer and per year over the horizon, and the difference, so that a reader sees who
 * saves, who pays and when. Computed on the server in exact decimals, never in floating
 * point, and only here: the pages, and later the casebook, read these figures instead of
 * adding up for themselves.
 *
 * <p>
 * Rounding happens once, per line and per year: a priced line's amount a year is its unit
 * price times its quantity a year, rounded to cents half up (€ 33,50 × 12,25 = € 410,375,
 * counted as € 410,38). Everything else is exact sums and products of cents, so the years
 * add up to the totals to the cent, and the payers too.
 *
 * @param withoutMaatwerk the total of the scenario without maatwerk
 * @param withMaatwerk the total of the scenario with maatwerk
 * @param difference without minus with: positive is what maatwerk saves
 * @param byPayer per payer, the totals of both scenarios, in the order of the payers
 * @param byYear per year of the horizon (year 1 to the longest line's years), the totals
 * of both scenarios: a line of k years counts in years 1 to k
 */
public record CostComparison(BigDecimal withoutMaatwerk, BigDecimal withMaatwerk, BigDecimal difference,
		Map<Payer, PayerTotals> byPayer, List<YearTotals> byYear) {

	public static CostComparison of(List<CostLine> lines) {
		BigDecimal without = BigDecimal.ZERO;
		BigDecimal with = BigDecimal.ZERO;
		Map<Payer, PayerTotals> byPayer = new EnumMap<>(Payer.class);
		int horizon = 0;
		for (CostLine line : lines) {
			if (line.getScenario() == null) {
				// A line that is in neither scenario cannot be compared; it is not
				// counted.
				continue;
			}
			BigDecimal total = total(line);
			boolean isWithout = line.getScenario() == Choices.Scenario.WITHOUT_MAATWERK;
			if (isWithout) {
				without = without.add(total);
			}
			else {
				with = with.add(total);
			}
			if (line.getPayer() != null) {
				PayerTotals current = byPayer.getOrDefault(line.getPayer(), PayerTotals.ZERO);
				byPayer.put(line.getPayer(), isWithout ? current.addWithout(total) : current.addWith(total));
			}
			if (total.signum() != 0) {
				horizon = Math.max(horizon, line.getYears());
			}
		}
		List<YearTotals> byYear = new ArrayList<>();
		BigDecimal cumulative = BigDecimal.ZERO;
		for (int year = 1; year <= horizon; year++) {
			BigDecimal yearWithout = BigDecimal.ZERO;
			BigDecimal yearWith = BigDecimal.ZERO;
			for (CostLine line : lines) {
				if (line.getScenario() == null || line.getYears() == null || line.getYears() < year) {
					continue;
				}
				if (line.getScenario() == Choices.Scenario.WITHOUT_MAATWERK) {
					yearWithout = yearWithout.add(yearly(line));
				}
				else {
					yearWith = yearWith.add(yearly(line));
				}
			}
			cumulative = cumulative.add(yearWithout).subtract(yearWith);
			byYear.add(new YearTotals(year, yearWithout, yearWith, cumulative));
		}
		return new CostComparison(without, with, without.subtract(with), Collections.unmodifiableMap(byPayer),
				List.copyOf(byYear));
	}

	/**
	 * What a line costs in one year: the free amount as typed, or the kept unit price
	 * times the quantity a year rounded to cents half up; zero while either is missing.
	 */
	static BigDecimal yearly(CostLine line) {
		if (line.isPriced()) {
			if (line.getUnitPrice() == null || line.getQuantityPerYear() == null) {
				return BigDecimal.ZERO;
			}
			return line.getUnitPrice().multiply(line.getQuantityPerYear()).setScale(2, RoundingMode.HALF_UP);
		}
		return (line.getAmountPerYear() != null) ? line.getAmountPerYear() : BigDecimal.ZERO;
	}

	/** What a line costs over its years, exactly: its yearly amount times its years. */
	static BigDecimal total(CostLine line) {
		if (line.getYears() == null) {
			return BigDecimal.ZERO;
		}
		return yearly(line).multiply(BigDecimal.valueOf(line.getYears()));
	}

	public boolean isEmpty() {
		return this.withoutMaatwerk.signum() == 0 && this.withMaatwerk.signum() == 0;
	}

	/** The number of years the comparison covers: the longest line's. */
	public int horizon() {
		return this.byYear.size();
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

	/**
	 * One year of the horizon.
	 *
	 * @param year the year, counted from 1
	 * @param withoutMaatwerk what that year costs without maatwerk
	 * @param withMaatwerk what that year costs with maatwerk
	 * @param cumulativeDifference what maatwerk saved from year 1 up to and including
	 * this one (negative: what it cost extra so far)
	 */
	public record YearTotals(int year, BigDecimal withoutMaatwerk, BigDecimal withMaatwerk,
			BigDecimal cumulativeDifference) {

		public BigDecimal difference() {
			return this.withoutMaatwerk.subtract(this.withMaatwerk);
		}

	}

}
