package nl.omgekeerdetoets.reporting;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart, laid out on the server and drawn as SVG by the template
 * {@code reporting/charts :: bars}: it works without JavaScript, prints, and goes into a
 * PDF unchanged. The numbers are in the chart's own units (its viewBox); the page scales
 * it. Every chart is shown beside a table of the same data, for screen readers and for
 * copying.
 *
 * @param id the chart's id in the page, for its title
 * @param title what the chart shows
 * @param bars the bars, top to bottom
 * @param threshold a value to mark with a line (a team's workable caseload), or null
 * @param thresholdLabel the line's label, or null
 */
public record BarChart(String id, String title, List<Bar> bars, Long threshold, String thresholdLabel) {

	static final int WIDTH = 640;

	static final int LABEL_WIDTH = 200;

	static final int VALUE_WIDTH = 48;

	static final int BAR_HEIGHT = 22;

	static final int GAP = 10;

	static BarChart of(String id, String title, List<Bar> bars) {
		return new BarChart(id, title, bars, null, null);
	}

	/** The largest value the axis must reach: the largest bar, or the threshold. */
	public long max() {
		long max = Math.max(1, (this.threshold != null) ? this.threshold : 0);
		for (Bar bar : this.bars) {
			max = Math.max(max, bar.value());
		}
		return max;
	}

	public int width() {
		return WIDTH;
	}

	public int height() {
		return Math.max(1, this.bars.size()) * (BAR_HEIGHT + GAP) + GAP;
	}

	/** The bars with their places. */
	public List<Drawn> drawn() {
		List<Drawn> drawn = new ArrayList<>();
		int plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
		long max = max();
		for (int i = 0; i < this.bars.size(); i++) {
			Bar bar = this.bars.get(i);
			int y = GAP + i * (BAR_HEIGHT + GAP);
			int length = (int) Math.round((double) plot * bar.value() / max);
			drawn.add(new Drawn(bar, LABEL_WIDTH - 8, y, LABEL_WIDTH, Math.max(length, (bar.value() > 0) ? 2 : 0),
					BAR_HEIGHT, y + BAR_HEIGHT / 2 + 5, LABEL_WIDTH + length + 6));
		}
		return drawn;
	}

	/** Where the threshold line stands, or -1 without one. */
	public int thresholdX() {
		if (this.threshold == null) {
			return -1;
		}
		return LABEL_WIDTH + (int) Math.round((double) (WIDTH - LABEL_WIDTH - VALUE_WIDTH) * this.threshold / max());
	}

	/**
	 * One bar.
	 *
	 * @param label its label
	 * @param value its value
	 * @param warn whether to draw it in the warning colour (its row says why in words)
	 */
	public record Bar(String label, long value, boolean warn) {

	}

	/**
	 * A bar in place.
	 *
	 * @param bar the bar
	 * @param labelX where its label ends
	 * @param y its top
	 * @param x where it starts
	 * @param length its length
	 * @param height its height
	 * @param textY the baseline of its texts
	 * @param valueX where its value starts
	 */
	public record Drawn(Bar bar, int labelX, int y, int x, int length, int height, int textY, int valueX) {

	}

}
