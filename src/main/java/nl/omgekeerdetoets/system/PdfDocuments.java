package nl.omgekeerdetoets.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.ConversionService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Documents as PDF: a Thymeleaf template written as XHTML, laid out by openhtmltopdf on
 * A4. Every document is tagged (PDF/UA) with its language and title and embeds its one
 * font, Liberation Sans, which PDFBox ships in its jar. The casebook, the lead's overview
 * and the return day's report are made here, so they look alike and pass the same checks.
 */
@Component
public class PdfDocuments {

	/** The font's name for the templates' CSS and for SVG charts drawn into a PDF. */
	public static final String FONT_FAMILY = "Document Sans";

	private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	/** What every document shares: the page, page numbers, type and tables. */
	private static final String BASE_CSS = resource("/pdf/document.css");

	private final ITemplateEngine templates;

	private final ApplicationContext applicationContext;

	PdfDocuments(ITemplateEngine templates, ApplicationContext applicationContext) {
		this.templates = templates;
		this.applicationContext = applicationContext;
	}

	/**
	 * Renders a template as a PDF.
	 * @param template the template's name, e.g. {@code casebook/pdf}
	 * @param variables what the template reads; {@code css} is set here
	 * @param css the document's own style sheet on the classpath, after the shared one,
	 * or null
	 * @param locale the document's language
	 * @return the PDF's bytes
	 */
	public byte[] render(String template, Map<String, ?> variables, String css, Locale locale) {
		Context context = new Context(locale);
		// Lets the template use beans (@formats) outside a web request's own context.
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.applicationContext,
						this.applicationContext.getBeanProvider(ConversionService.class).getIfAvailable()));
		context.setVariables(Map.copyOf(variables));
		// The font once more as @font-face: the SVG drawer (Batik) takes its fonts from
		// there, so a chart's text is text in the embedded font too, not shapes of a
		// system font.
		context.setVariable("css",
				"@font-face { font-family: '" + FONT_FAMILY + "'; src: url('"
						+ PdfDocuments.class.getResource(FONT).toExternalForm() + "'); }\n" + BASE_CSS
						+ ((css != null) ? "\n" + resource(css) : ""));
		String xhtml = this.templates.process(template, context);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessbility(true);
			// One weight only: headings in bold use the same embedded font.
			builder.useFont(PdfDocuments::font, FONT_FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
			builder.useFont(PdfDocuments::font, FONT_FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
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

	/**
	 * A PDF as a download under this file name (plain ASCII: a reference, a year, a
	 * date).
	 */
	public static ResponseEntity<byte[]> download(byte[] document, String filename) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(document);
	}

	private static String resource(String path) {
		try (InputStream in = PdfDocuments.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException(path + " is missing from the classpath");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static InputStream font() {
		InputStream font = PdfDocuments.class.getResourceAsStream(FONT);
		if (font == null) {
			throw new IllegalStateException("PDFBox's Liberation Sans is missing from the classpath");
		}
		return font;
	}

}
