package nl.omgekeerdetoets.casebook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;

/**
 * The casebook as a PDF for the council: the same content, chart and fragment as the
 * printable page, rendered as XHTML and laid out by openhtmltopdf on A4. The PDF is
 * tagged (PDF/UA) with the document's language and title, and embeds its one font:
 * Liberation Sans, which PDFBox ships in its jar.
 */
@Component
class CasebookPdf {

	/** The font's name in the template's CSS. */
	static final String FONT_FAMILY = "Casebook Sans";

	private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	private static final String CSS = resource("/casebook/pdf.css");

	private final ITemplateEngine templates;

	private final ApplicationContext applicationContext;

	private final ChartSvg charts;

	CasebookPdf(ITemplateEngine templates, ApplicationContext applicationContext, ChartSvg charts) {
		this.templates = templates;
		this.applicationContext = applicationContext;
		this.charts = charts;
	}

	byte[] render(EditionContent content, Locale locale) {
		Context context = new Context(locale);
		// Lets the template use beans (@formats) outside a web request's own context.
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.applicationContext,
						this.applicationContext.getBeanProvider(ConversionService.class).getIfAvailable()));
		// The font once more as @font-face: the SVG drawer (Batik) takes its fonts from
		// there,
		// so the chart's text is text in the embedded font too, not shapes of a system
		// font.
		context.setVariable("css", "@font-face { font-family: '" + FONT_FAMILY + "'; src: url('"
				+ CasebookPdf.class.getResource(FONT).toExternalForm() + "'); }\n" + CSS);
		context.setVariable("book", content);
		context.setVariable("chart", this.charts.of(content.totals(), locale));
		String xhtml = this.templates.process("casebook/pdf", context);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessbility(true);
			// One weight only: headings in bold use the same embedded font.
			builder.useFont(CasebookPdf::font, FONT_FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
			builder.useFont(CasebookPdf::font, FONT_FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
			builder.useSVGDrawer(new BatikSVGDrawer());
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String resource(String path) {
		try (InputStream in = CasebookPdf.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException(path + " is missing from the classpath");
			}
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static InputStream font() {
		InputStream font = CasebookPdf.class.getResourceAsStream(FONT);
		if (font == null) {
			throw new IllegalStateException("PDFBox's Liberation Sans is missing from the classpath");
		}
		return font;
	}

}
