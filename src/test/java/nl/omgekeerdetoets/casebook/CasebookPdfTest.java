package nl.omgekeerdetoets.casebook;

import java.util.List;

import nl.omgekeerdetoets.cases.CaseFixtures;
import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.Pdfs;
import nl.omgekeerdetoets.support.TestFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The PDF for the council: its text holds every entry's title and the totals to the cent,
 * it passes PDF/UA-1 in veraPDF, and every download is recorded.
 */
@IntegrationTest
class CasebookPdfTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	CaseFixtures caseFixtures;

	CasebookWorld world;

	long edition;

	String firstTitle;

	String secondTitle;

	@BeforeEach
	void aPublishedEditionWithTwoEntries() {
		this.world = new CasebookWorld(this.mvc, this.jdbc, this.fixtures, this.caseFixtures);
		this.firstTitle = TestFixtures.unique("Gezelschap in plaats van een scootmobiel");
		this.secondTitle = TestFixtures.unique("Schulden voorkomen met een budgetmaatje");
		this.edition = this.world.publishedEdition(TestFixtures.unique("Casusboekje"), this.firstTitle,
				this.secondTitle);
	}

	@Test
	void thePdfHoldsEveryEntryTitleAndTheTotalsToTheCent() throws Exception {
		String text = text(download("nl"));
		assertThat(text).contains(this.firstTitle, this.secondTitle);
		// Two demo cases: without maatwerk 2 × 1200.00 × 5 years, with maatwerk 2 ×
		// 450.00 × 1 year.
		assertThat(text).contains("€ 12.000,00", "€ 4.488,00", "€ 7.512,00");
		assertThat(text).contains("Totalen", "Inhoud");
	}

	@Test
	void theEnglishPdfWritesAmountsTheEnglishWay() throws Exception {
		assertThat(text(download("en"))).contains("€12,000.00", "€4,488.00", "€7,512.00", "Totals");
	}

	@Test
	void thePdfPassesPdfUa1() throws Exception {
		byte[] pdf = download("nl");
		// Kept in target/ for a person to look at, as the tour keeps its screenshots.
		java.nio.file.Files.write(java.nio.file.Path.of("target/casebook.pdf"), pdf);
		assertThat(Pdfs.pdfUaFailures(pdf)).isEmpty();
	}

	@Test
	void everyDownloadIsRecorded() {
		download("nl");
		download("nl");
		List<String> actors = this.jdbc
			.sql("select actor from audit_event where action = 'CASEBOOK_PDF_DOWNLOADED' and subject_id = ?")
			.param(this.edition)
			.query(String.class)
			.list();
		assertThat(actors).containsExactly(this.world.lead.getUsername(), this.world.lead.getUsername());
	}

	private byte[] download(String language) {
		MvcTestResult result = this.mvc
			.perform(get("/casebook/editions/{id}/pdf", this.edition).header("Accept-Language", language)
				.with(user(this.world.lead)));
		assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
		return result.getResponse().getContentAsByteArray();
	}

	static String text(byte[] pdf) throws Exception {
		return Pdfs.text(pdf);
	}

}
