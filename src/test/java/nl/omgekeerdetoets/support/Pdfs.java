package nl.omgekeerdetoets.support;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * What the tests read from the PDFs the app makes: their text, and what veraPDF finds
 * wrong with them against PDF/UA-1.
 */
public final class Pdfs {

	static {
		VeraGreenfieldFoundryProvider.initialise();
	}

	private Pdfs() {
	}

	/** The PDF's text, with no-break spaces as plain spaces. */
	public static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replace('\u00a0', ' ').replace('\u202f', ' ');
		}
	}

	/** The PDF/UA-1 rules this PDF breaks, empty when it complies. */
	public static List<String> pdfUaFailures(byte[] pdf) throws Exception {
		try (PDFAParser parser = Foundries.defaultInstance()
			.createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1)) {
			PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false);
			ValidationResult result = validator.validate(parser);
			List<String> failures = result.getTestAssertions()
				.stream()
				.filter((assertion) -> assertion.getStatus() == TestAssertion.Status.FAILED)
				.map((assertion) -> assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
						+ ": " + assertion.getMessage())
				.distinct()
				.toList();
			return (failures.isEmpty() && !result.isCompliant()) ? List.of("not compliant") : failures;
		}
	}

}
