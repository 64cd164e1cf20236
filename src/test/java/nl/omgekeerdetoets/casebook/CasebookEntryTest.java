package nl.omgekeerdetoets.casebook;

import nl.omgekeerdetoets.cases.CaseFixtures;
import nl.omgekeerdetoets.cases.CaseSummary;
import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.TestFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A casebook entry leaves the team: nothing is saved while any of its fields holds
 * personal data, and the field says what was found, in the reader's language.
 */
@IntegrationTest
class CasebookEntryTest {

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

	@BeforeEach
	void aProposedCase() {
		this.world = new CasebookWorld(this.mvc, this.jdbc, this.fixtures, this.caseFixtures);
		this.caseFile = this.world.proposedCase();
	}

	@ParameterizedTest
	@ValueSource(strings = { "title", "situation", "questionAndEffect", "lawsAndGoals", "obstacle", "solutionAndGround",
			"lesson" })
	void aPhoneNumberInAnyFieldIsRefusedOnThatField(String field) {
		assertThat(this.mvc.perform(this.world.entry(this.caseFile.id(), "Gezelschap")
			.param(field, "Bel haar op 06-12345678 voor de afspraak.")
			.with(user(this.world.lead)))).hasStatusOk()
			.model()
			.extractingBindingResult("entryForm")
			.hasFieldErrors(field)
			.hasErrorsCount(1);
		assertThat(entries()).isZero();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			nl | Dit veld bevat persoonsgegevens (Een telefoonnummer: 06-12345678)
			en | This field holds personal data (A phone number: 06-12345678)
			""")
	void theRefusalSaysWhatWasFoundInTheReadersLanguage(String language, String message) {
		assertThat(this.mvc.perform(this.world.entry(this.caseFile.id(), "Gezelschap")
			.param("obstacle", "Bel haar op 06-12345678 voor de afspraak.")
			.header("Accept-Language", language)
			.with(user(this.world.lead)))).bodyText()
			.contains(message)
			// The field itself is marked, and points to its message.
			.containsPattern("<textarea(?=[^>]*id=\"obstacle\")(?=[^>]*aria-invalid=\"true\")"
					+ "(?=[^>]*aria-describedby=\"[^\"]*obstacle-error)[^>]*>");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			situation | Haar BSN is 123456782.
			lesson | Mail naar j.jansen@example.org voor vragen.
			questionAndEffect | Zij woont op 1234 AB in de wijk.
			obstacle | Geboren op 12-03-1948 en alleen.
			lawsAndGoals | Mevr. J. wilde vooral gezelschap.
			""")
	void otherPersonalDataIsRefusedToo(String field, String text) {
		assertThat(this.mvc
			.perform(this.world.entry(this.caseFile.id(), "Gezelschap").param(field, text).with(user(this.world.lead))))
			.model()
			.extractingBindingResult("entryForm")
			.hasFieldErrors(field);
		assertThat(entries()).isZero();
	}

	@Test
	void aCleanEntryIsSavedAndItsCaseFiguresAreShownNotRetyped() {
		long entry = this.world.writeEntry(this.caseFile, "Gezelschap in plaats van een scootmobiel");
		assertThat(entry).isPositive();
		assertThat(
				this.mvc.perform(get("/casebook/cases/{id}/entry", this.caseFile.id()).header("Accept-Language", "nl")
					.with(user(this.world.lead))))
			.hasStatusOk()
			.bodyText()
			.contains("Gezelschap in plaats van een scootmobiel")
			// From the case's own cost comparison: 1200.00 × 5 years and 450.00 × 1 year.
			.contains("€\u00a06.000,00", "€\u00a02.244,00", "€\u00a03.756,00");
	}

	@Test
	void anEntryWrittenWhileAnotherLeadHadTheEmptyFormOpenIsNotOverwritten() {
		this.world.writeEntry(this.caseFile, "Eerste versie");
		// The other form was opened before the entry existed: it carries no version yet.
		assertThat(
				this.mvc.perform(post("/casebook/cases/{id}/entry", this.caseFile.id()).param("title", "Tweede versie")
					.param("situation", CasebookWorld.TEXT)
					.param("questionAndEffect", CasebookWorld.TEXT)
					.param("lawsAndGoals", "Wmo 2015.")
					.param("obstacle", "Een beleidsregel.")
					.param("solutionAndGround", "Een maatje.")
					.param("lesson", "Vraag door.")
					.param("version", String.valueOf(EntryForm.NEW))
					.header("Accept-Language", "nl")
					.with(csrf())
					.with(user(this.world.lead))))
			.hasStatusOk()
			.bodyText()
			.contains("Iemand anders heeft dit intussen gewijzigd")
			.contains("Tweede versie");
		assertThat(this.jdbc.sql("select title from casebook_entry where case_id = ?")
			.param(this.caseFile.id())
			.query(String.class)
			.single()).isEqualTo("Eerste versie");
	}

	@Test
	void aCaseNotProposedForTheCasebookHasNoEntry() {
		CaseSummary notProposed = this.caseFixtures.submitted(this.world.consultant);
		assertThat(this.mvc.perform(get("/casebook/cases/{id}/entry", notProposed.id()).with(user(this.world.lead))))
			.hasStatus(404);
	}

	private long entries() {
		return this.jdbc.sql("select count(*) from casebook_entry where case_id = ?")
			.param(this.caseFile.id())
			.query(Long.class)
			.single();
	}

}
