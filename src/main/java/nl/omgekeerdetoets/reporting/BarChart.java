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

	static final int MAX_LABEL_WIDTH = 320;

	/** About the width of one character of a label at 14 px, in the chart's units. */
	static final double CHARACTER_WIDTH = 7.6;

	static final int VALUE_WIDTH = 48;

	/** Room for an amount beside its bar: "€ 123.456,78". */
	static final int AMOUNT_WIDTH = 110;

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

	/** Room for the longest label, so that none is cut off: between 200 and 320. */
	private int labelWidth() {
		int longest = this.bars.stream().mapToInt((bar) -> bar.label().length()).max().orElse(0);
		return Math.max(LABEL_WIDTH, Math.min(MAX_LABEL_WIDTH, (int) Math.ceil(longest * CHARACTER_WIDTH) + 12));
	}

	private int valueWidth() {
		return this.bars.stream().anyMatch((bar) -> bar.text() != null) ? AMOUNT_WIDTH : VALUE_WIDTH;
	}

	/** The bars with their places. */
	public List<Drawn> drawn() {
		List<Drawn> drawn = new ArrayList<>();
		int labelWidth = labelWidth();
		int plot = WIDTH - labelWidth - valueWidth();
		long max = max();
		for (int i = 0; i < this.bars.size(); i++) {
			Bar bar = this.bars.get(i);
			int y = GAP + i * (BAR_HEIGHT + GAP);
			int length = (int) Math.round((double) plot * bar.value() / max);
			drawn.add(new Drawn(bar, labelWidth - 8, y, labelWidth, Math.max(length, (bar.value() > 0) ? 2 : 0),
					BAR_HEIGHT, y + BAR_HEIGHT / 2 + 5, labelWidth + length + 6));
		}
		return drawn;
	}

	/** Where the threshold line stands, or -1 without one. */
	public int thresholdX() {
		if (this.threshold == null) {
			return -1;
		}
		return labelWidth() + (int) Math.round((double) (WIDTH - labelWidth() - valueWidth()) * this.threshold / max());
	}

	/**
	 * One bar.
	 *
	 * @param label its label, or empty for the second bar of a pair
	 * @param value its value, in the chart's units (whole euros for amounts)
	 * @param tone its colour; a warning's row says why in words
	 * @param text the value as written beside the bar (an amount), or null for the number
	 */
	public record Bar(String label, long value, Tone tone, String text) {

		public Bar(String label, long value, boolean warn) {
			this(label, value, warn ? Tone.WARN : Tone.PLAIN, null);
		}

		public boolean warn() {
			return this.tone == Tone.WARN;
		}

	}

	/**
	 * A bar's colour, each with a contrast of at least 3:1 against white (WCAG 1.4.11);
	 * the page's style sheet has the same colours for the classes.
	 */
	public enum Tone {

		/** The house blue. */
		PLAIN("bar", "#01689b"),
		/** Above a threshold, or partly reached. */
		WARN("bar bar-warn", "#8a5300"),
		/** The other side of a comparison: without maatwerk, not reached. */
		CONTRAST("bar bar-contrast", "#8a2d1c");

		private final String cssClass;

		private final String colour;

		Tone(String cssClass, String colour) {
			this.cssClass = cssClass;
			this.colour = colour;
		}

		public String cssClass() {
			return this.cssClass;
		}

		public String colour() {
			return this.colour;
		}

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
