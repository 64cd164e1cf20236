package nl.omgekeerdetoets.casebook;

import nl.omgekeerdetoets.cases.CaseFixtures;
import nl.omgekeerdetoets.cases.CaseSummary;
import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.TestFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Publishing freezes an edition: what the council received does not change when a case,
 * its prices or an entry change afterwards, and a published edition is never edited.
 */
@IntegrationTest
class EditionSnapshotTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	CaseFixtures caseFixtures;

	CasebookWorld world;

	CaseSummary caseFile;

	long entry;

	long edition;

	String title;

	@BeforeEach
	void aPublishedEdition() {
		this.world = new CasebookWorld(this.mvc, this.jdbc, this.fixtures, this.caseFixtures);
		this.caseFile = this.world.proposedCase();
		this.title = TestFixtures.unique("Gezelschap");
		this.entry = this.world.writeEntry(this.caseFile, this.title);
		this.edition = this.world.createEdition(TestFixtures.unique("Casusboekje"));
		this.world.add(this.edition, this.entry);
		this.world.publish(this.edition);
	}

	@Test
	void laterChangesToTheCaseItsPricesAndTheEntryLeaveThePublishedEditionAsItWas() throws Exception {
		String pageBefore = page(this.edition);
		String pdfBefore = CasebookPdfTest.text(pdf(this.edition));
		assertThat(pageBefore).contains("€\u00a06.000,00", "€\u00a02.244,00", this.title);

		// The case is re-priced (every cost line doubles, as a new price-list period
		// would), its effects are evaluated, and the lead rewrites the entry.
		this.jdbc.sql(
				"update case_cost set amount_per_year = amount_per_year * 2, unit_price = unit_price * 2 where case_id = ?")
			.param(this.caseFile.id())
			.update();
		this.jdbc
			.sql("""
					update case_follow_up set recorded_at = now(), recorded_by = (select owner_id from case_file where id = ?)
					where case_id = ? and months = 6""")
			.params(this.caseFile.id(), this.caseFile.id())
			.update();
		this.jdbc.sql("""
				insert into case_follow_up_result (follow_up_id, position, outcome)
				select f.id, e.position - 1, 'REACHED' from case_follow_up f join case_file c on c.id = f.case_id
				cross join lateral jsonb_array_elements(c.effects) with ordinality e(item, position)
				where f.case_id = ? and f.months = 6""").param(this.caseFile.id()).update();
		this.jdbc.sql("update case_file set status = 'EVALUATED' where id = ?").param(this.caseFile.id()).update();
		String rewritten = TestFixtures.unique("Herschreven titel");
		assertThat(this.mvc.perform(this.world.entry(this.caseFile.id(), rewritten)
			.param("version", String.valueOf(entryVersion()))
			.with(user(this.world.lead)))).hasRedirectedUrl("/casebook");

		assertThat(page(this.edition)).isEqualTo(pageBefore).doesNotContain(rewritten, "€\u00a012.000,00");
		assertThat(CasebookPdfTest.text(pdf(this.edition))).isEqualTo(pdfBefore);

		// A new edition started from it shows the case as it is now: the change is real.
		assertThat(this.mvc
			.perform(post("/casebook/editions/{id}/next", this.edition).with(csrf()).with(user(this.world.lead))))
			.hasStatus3xxRedirection();
		long next = this.jdbc.sql("select id from casebook_edition where based_on_id = ?")
			.param(this.edition)
			.query(Long.class)
			.single();
		assertThat(page(next)).contains(rewritten, "€\u00a012.000,00", "€\u00a04.488,00").doesNotContain(this.title);
	}

	@Test
	void aPublishedEditionIsNeverEdited() {
		long version = this.world.versionOf(this.edition);
		assertThat(this.mvc.perform(post("/casebook/editions/{id}/entries/{entry}/remove", this.edition, this.entry)
			.param("version", String.valueOf(version))
			.with(csrf())
			.with(user(this.world.lead)))).hasStatus(403);
		assertThat(this.mvc.perform(post("/casebook/editions/{id}/details", this.edition).param("year", "2027")
			.param("title", "Anders")
			.param("introduction", "Anders")
			.param("version", String.valueOf(version))
			.with(csrf())
			.with(user(this.world.lead)))).hasStatus(403);
		assertThat(this.mvc.perform(get("/casebook/editions/{id}/edit", this.edition).with(user(this.world.lead))))
			.hasStatus(403);
		assertThat(this.world.versionOf(this.edition)).isEqualTo(version);
	}

	@Test
	void aWithdrawnEditionIsHiddenFromConsultants() {
		String consultantPage = "/casebook/editions/" + this.edition;
		assertThat(this.mvc.perform(get(consultantPage).with(user(this.world.consultant)))).hasStatusOk();
		assertThat(this.mvc.perform(post("/casebook/editions/{id}/withdraw", this.edition)
			.param("version", String.valueOf(this.world.versionOf(this.edition)))
			.with(csrf())
			.with(user(this.world.lead)))).hasRedirectedUrl(consultantPage);
		assertThat(this.mvc.perform(get(consultantPage).with(user(this.world.consultant)))).hasStatus(404);
		assertThat(this.mvc.perform(get(consultantPage).with(user(this.world.lead)))).hasStatusOk();
	}

	@Test
	void aConcurrentChangeToADraftIsRefused() {
		long draft = this.world.createEdition(TestFixtures.unique("Concept"));
		long stale = this.world.versionOf(draft);
		this.world.add(draft, this.entry);
		assertThat(
				this.mvc.perform(post("/casebook/editions/{id}/publish", draft).param("version", String.valueOf(stale))
					.with(csrf())
					.with(user(this.world.lead))))
			.hasStatus(409);
		assertThat(this.jdbc.sql("select status from casebook_edition where id = ?")
			.param(draft)
			.query(String.class)
			.single()).isEqualTo("DRAFT");
	}

	private long entryVersion() {
		return this.jdbc.sql("select version from casebook_entry where id = ?")
			.param(this.entry)
			.query(Long.class)
			.single();
	}

	private String page(long id) {
		return new String(this.mvc
			.perform(get("/casebook/editions/{id}", id).header("Accept-Language", "nl").with(user(this.world.lead)))
			.getResponse()
			.getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8)
			// The page's own chrome (CSRF token in the logout form) differs per request.
			.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
	}

	private byte[] pdf(long id) {
		return this.mvc
			.perform(get("/casebook/editions/{id}/pdf", id).header("Accept-Language", "nl").with(user(this.world.lead)))
			.getResponse()
			.getContentAsByteArray();
	}

}
