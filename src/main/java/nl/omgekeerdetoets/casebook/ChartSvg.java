package nl.omgekeerdetoets.casebook;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import nl.omgekeerdetoets.system.PdfDocuments;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The chart of an edition's totals, drawn on the server as SVG: for the total and for
 * each payer, a bar for the costs without maatwerk and one for the costs with it. The
 * page and the PDF embed the same markup, so they show the same chart; the amounts are
 * written beside the bars, and the table beside the chart holds the same numbers.
 */
@Component
class ChartSvg {

	private static final int WIDTH = 720;

	private static final int LABEL_HEIGHT = 18;

	private static final int BAR_HEIGHT = 16;

	private static final int ROW_HEIGHT = LABEL_HEIGHT + 2 * BAR_HEIGHT + 16;

	private static final int LEGEND_HEIGHT = 34;

	private static final int BAR_SPACE = 480;

	// Contrast of at least 3:1 against white for both bars (WCAG 1.4.11).
	private static final String WITHOUT_COLOUR = "#8a2d1c";

	private static final String WITH_COLOUR = "#1f5f8b";

	private final MessageSource messages;

	ChartSvg(MessageSource messages) {
		this.messages = messages;
	}

	String of(EditionContent.Totals totals, Locale locale) {
		List<EditionContent.Line> rows = new ArrayList<>();
		rows.add(new EditionContent.Line(this.messages.getMessage("casebook.total", null, locale),
				totals.costs().withoutMaatwerk(), totals.costs().withMaatwerk()));
		for (EditionContent.Line payer : totals.costs().byPayer()) {
			rows.add(new EditionContent.Line(
					this.messages.getMessage("casebook.payer." + payer.key(), null, payer.key(), locale),
					payer.withoutMaatwerk(), payer.withMaatwerk()));
		}
		BigDecimal max = rows.stream()
			.flatMap((row) -> java.util.stream.Stream.of(row.withoutMaatwerk(), row.withMaatwerk()))
			.max(BigDecimal::compareTo)
			.filter((m) -> m.signum() > 0)
			.orElse(BigDecimal.ONE);
		String without = this.messages.getMessage("casebook.withoutMaatwerk", null, locale);
		String with = this.messages.getMessage("casebook.withMaatwerk", null, locale);
		int height = LEGEND_HEIGHT + rows.size() * ROW_HEIGHT;
		StringBuilder svg = new StringBuilder();
		String title = escape(this.messages.getMessage("casebook.chart.title", null, locale));
		// alt: the PDF's tag for the figure (PDF/UA); the page reads the title.
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"casebook-chart\" role=\"img\"")
			.append(" alt=\"")
			.append(title)
			.append('"')
			.append(" aria-labelledby=\"chart-title\" viewBox=\"0 0 ")
			.append(WIDTH)
			.append(' ')
			.append(height)
			.append("\" width=\"")
			.append(WIDTH)
			.append("\" height=\"")
			.append(height)
			// Quoted: a family name with a space; the PDF's embedded font first.
			.append("\" font-family=\"'")
			.append(PdfDocuments.FONT_FAMILY)
			.append("', Arial, sans-serif\" font-size=\"13\">");
		svg.append("<title id=\"chart-title\">").append(title).append("</title>");
		legend(svg, 0, without, WITHOUT_COLOUR);
		legend(svg, 260, with, WITH_COLOUR);
		int y = LEGEND_HEIGHT;
		for (EditionContent.Line row : rows) {
			svg.append("<text x=\"0\" y=\"").append(y + 13).append("\" font-weight=\"bold\">");
			svg.append(escape(row.key())).append("</text>");
			bar(svg, y + LABEL_HEIGHT, row.withoutMaatwerk(), max, WITHOUT_COLOUR, locale);
			bar(svg, y + LABEL_HEIGHT + BAR_HEIGHT + 2, row.withMaatwerk(), max, WITH_COLOUR, locale);
			y += ROW_HEIGHT;
		}
		svg.append("</svg>");
		return svg.toString();
	}

	private static void legend(StringBuilder svg, int x, String label, String colour) {
		svg.append("<rect x=\"").append(x).append("\" y=\"4\" width=\"16\" height=\"16\" fill=\"").append(colour);
		svg.append("\"/><text x=\"").append(x + 22).append("\" y=\"17\">").append(escape(label)).append("</text>");
	}

	private static void bar(StringBuilder svg, int y, BigDecimal amount, BigDecimal max, String colour, Locale locale) {
		BigDecimal positive = amount.max(BigDecimal.ZERO);
		int width = positive.multiply(BigDecimal.valueOf(BAR_SPACE)).divide(max, 0, RoundingMode.HALF_UP).intValue();
		svg.append("<rect x=\"0\" y=\"").append(y).append("\" width=\"").append(Math.max(width, 1));
		svg.append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"").append(colour).append("\"/>");
		svg.append("<text x=\"").append(width + 8).append("\" y=\"").append(y + 12).append("\">");
		svg.append(escape(euro(amount, locale))).append("</text>");
	}

	/**
	 * An amount in euros with cents, as the pages write it (see the system's Formats).
	 */
	static String euro(BigDecimal amount, Locale locale) {
		NumberFormat format = NumberFormat
			.getCurrencyInstance("en".equals(locale.getLanguage()) ? Locale.UK : Locale.forLanguageTag("nl-NL"));
		format.setCurrency(Currency.getInstance("EUR"));
		return format.format(amount);
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8").replace("&nbsp;", "&#160;");
	}

}
