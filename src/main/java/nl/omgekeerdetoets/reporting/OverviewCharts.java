package nl.omgekeerdetoets.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.omgekeerdetoets.cases.CaseFigures;
import nl.omgekeerdetoets.cases.CaseStatus;
import nl.omgekeerdetoets.system.Formats;
import nl.omgekeerdetoets.teams.TeamSummary;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The overview's charts, laid out from its figures: the same for the page, the PDF and a
 * return day's report.
 */
@Component
class OverviewCharts {

	private final MessageSource messages;

	private final Formats formats;

	OverviewCharts(MessageSource messages, Formats formats) {
		this.messages = messages;
		this.formats = formats;
	}

	/** The overview and its charts, as the figures fragment reads them. */
	Map<String, Object> model(Overview overview, Locale locale) {
		return Map.of("overview", overview, "statusChart", statusChart(overview, locale), "stepChart",
				stepChart(overview, locale), "effectsChart", effectsChart(overview, locale), "costsChart",
				costsChart(overview, locale), "workloadCharts",
				overview.teams()
					.stream()
					.filter((team) -> !overview.workloadOf(team.id()).isEmpty())
					.map((team) -> workloadChart(overview, team, locale))
					.toList());
	}

	BarChart statusChart(Overview overview, Locale locale) {
		List<BarChart.Bar> bars = new ArrayList<>();
		for (CaseStatus status : CaseStatus.values()) {
			bars.add(new BarChart.Bar(message(status.messageKey(), locale), overview.figures().count(status), false));
		}
		return BarChart.of("chart-status", message("overview.byStatus", locale), bars);
	}

	BarChart stepChart(Overview overview, Locale locale) {
		List<BarChart.Bar> bars = new ArrayList<>();
		for (int step = 1; step <= 4; step++) {
			bars.add(new BarChart.Bar(message("overview.step", locale, step),
					overview.figures().openByStep().getOrDefault(step, 0L), false));
		}
		return BarChart.of("chart-steps", message("overview.byStep", locale), bars);
	}

	BarChart workloadChart(Overview overview, TeamSummary team, Locale locale) {
		List<BarChart.Bar> bars = overview.workloadOf(team.id())
			.stream()
			.map((load) -> new BarChart.Bar(overview.names().get(load.consultantId()), load.open(),
					overview.over(load)))
			.toList();
		Long threshold = (team.caseloadThreshold() != null) ? Long.valueOf(team.caseloadThreshold()) : null;
		return new BarChart("chart-workload-" + team.id(), message("overview.workloadOf", locale, team.name()), bars,
				threshold, (threshold != null) ? message("overview.threshold", locale, threshold) : null);
	}

	/** Per follow-up (6, 12 months), the effects reached, partly and not. */
	BarChart effectsChart(Overview overview, Locale locale) {
		List<BarChart.Bar> bars = new ArrayList<>();
		for (int months : new int[] { 6, 12 }) {
			bars.add(effect(overview, months, "REACHED", BarChart.Tone.PLAIN, locale));
			bars.add(effect(overview, months, "PARTLY", BarChart.Tone.WARN, locale));
			bars.add(effect(overview, months, "NOT_REACHED", BarChart.Tone.CONTRAST, locale));
		}
		return BarChart.of("chart-effects", message("overview.effects", locale), bars);
	}

	private BarChart.Bar effect(Overview overview, int months, String outcome, BarChart.Tone tone, Locale locale) {
		return new BarChart.Bar(
				message("overview.chart.effect", locale, message("overview.effects." + outcome, locale), months),
				overview.figures().effects(months, outcome), tone, null);
	}

	/**
	 * Per payer, a pair of bars: without maatwerk, then with it; the bars in whole euros,
	 * the amounts written to the cent.
	 */
	BarChart costsChart(Overview overview, Locale locale) {
		List<BarChart.Bar> bars = new ArrayList<>();
		for (CaseFigures.PayerCosts costs : overview.figures().costs()) {
			String payer = message(costs.payer().messageKey(), locale);
			bars.add(amount(message("overview.chart.without", locale, payer), costs.withoutMaatwerk(),
					BarChart.Tone.CONTRAST));
			bars.add(amount(message("overview.chart.with", locale, payer), costs.withMaatwerk(), BarChart.Tone.PLAIN));
		}
		return BarChart.of("chart-costs", message("overview.costs", locale), bars);
	}

	private BarChart.Bar amount(String label, BigDecimal amount, BarChart.Tone tone) {
		return new BarChart.Bar(label, amount.setScale(0, RoundingMode.HALF_UP).longValueExact(), tone,
				this.formats.euro(amount));
	}

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
