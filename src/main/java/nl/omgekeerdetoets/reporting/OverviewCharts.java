package nl.omgekeerdetoets.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.omgekeerdetoets.cases.CaseStatus;
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

	OverviewCharts(MessageSource messages) {
		this.messages = messages;
	}

	/** The overview and its charts, as the figures fragment reads them. */
	Map<String, Object> model(Overview overview, Locale locale) {
		return Map.of("overview", overview, "statusChart", statusChart(overview, locale), "stepChart",
				stepChart(overview, locale), "workloadCharts",
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

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
