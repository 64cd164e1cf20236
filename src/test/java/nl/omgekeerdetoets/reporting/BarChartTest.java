package nl.omgekeerdetoets.reporting;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chart's layout: bars in proportion, the threshold where its value is, and room for
 * long labels and for amounts.
 */
class BarChartTest {

	@Test
	void barsAreInProportionAndTheThresholdStandsAtItsValue() {
		BarChart chart = new BarChart("c", "t",
				List.of(new BarChart.Bar("Anna", 4, true), new BarChart.Bar("Bram", 2, false)), 2L, "2");
		List<BarChart.Drawn> drawn = chart.drawn();
		assertThat(drawn.get(0).length()).isEqualTo(2 * drawn.get(1).length());
		assertThat(drawn.get(0).x() + drawn.get(1).length()).isEqualTo(chart.thresholdX());
		assertThat(drawn.get(0).bar().warn()).isTrue();
		assertThat(drawn.get(0).bar().tone().cssClass()).isEqualTo("bar bar-warn");
	}

	@Test
	void longLabelsAndAmountsGetRoomSoThatNothingIsCutOff() {
		BarChart shortLabels = BarChart.of("c", "t", List.of(new BarChart.Bar("Stap 1", 1, false)));
		BarChart longLabels = BarChart.of("c", "t", List.of(new BarChart.Bar("Gemeente (schuldhulpverlening): zonder",
				1000, BarChart.Tone.CONTRAST, "€ 1.000,00")));
		assertThat(shortLabels.drawn().get(0).x()).isEqualTo(BarChart.LABEL_WIDTH);
		BarChart.Drawn amount = longLabels.drawn().get(0);
		assertThat(amount.x()).isGreaterThan(38 * 7);
		// The amount's text starts after the bar and fits before the chart's edge.
		assertThat(amount.valueX() + BarChart.AMOUNT_WIDTH - 6).isLessThanOrEqualTo(BarChart.WIDTH);
	}

}
