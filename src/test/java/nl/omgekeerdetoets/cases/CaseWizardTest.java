package nl.omgekeerdetoets.cases;

import nl.omgekeerdetoets.prices.Payer;
import nl.omgekeerdetoets.prices.PriceList;
import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.teams.Role;
import nl.omgekeerdetoets.teams.SignedInUser;
import nl.omgekeerdetoets.support.TestFixtures.TestTeam;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A consultant's way through a case, through the web layer with the real security and
 * database.
 */
@IntegrationTest
class CaseWizardTest {

	@Autowired
	StepGaps stepGaps;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	CaseFixtures caseFixtures;

	@Autowired
	CaseService cases;

	@Autowired
	PriceList priceList;

	TestTeam team;

	SignedInUser consultant;

	RequestPostProcessor asConsultant;

	@BeforeEach
	void consultantInATeam() {
		this.team = this.fixtures.team();
		this.consultant = this.fixtures.signedIn(this.fixtures.account(Role.CONSULTANT, this.team));
		this.asConsultant = user(this.consultant);
	}

	@Test
	void openingACaseGivesAReferenceAndLeadsToStepOne() {
		String location = this.mvc
			.perform(post("/cases/new").param("title", "Hulp in huis")
				.param("resident", "A.B.")
				.param("domains", "WMO", "SCHULDHULP")
				.param("questionAsAsked", "Ik wil huishoudelijke hulp")
				.with(csrf())
				.with(this.asConsultant))
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).matches("/cases/\\d+/steps/effect");
		long id = Long.parseLong(location.split("/")[2]);
		CaseFile caseFile = this.cases.read(id, this.consultant);
		assertThat(caseFile.getReference()).matches("\\d{4}-\\d{4}");
		assertThat(caseFile.getStatus()).isEqualTo(CaseStatus.DRAFT);
		assertThat(caseFile.getDomains()).containsExactlyInAnyOrder(LawDomain.WMO, LawDomain.SCHULDHULP);
	}

	@Test
	void aBsnAsResidentIsRefusedWithAClearMessage() {
		assertThat(this.mvc.perform(post("/cases/new").param("title", "Schulden")
			.param("resident", "123456782")
			.param("domains", "SCHULDHULP")
			.param("questionAsAsked", "Hulp bij schulden")
			.header("Accept-Language", "nl")
			.with(csrf())
			.with(this.asConsultant))).hasStatusOk()
			.bodyText()
			.contains("Dit lijkt een BSN. Gebruik een pseudoniem of initialen");
	}

	/**
	 * Issue 9: a step saved from a tab left open after the case was submitted in another
	 * says so and keeps the typed text on the screen; its autosave gets 423.
	 */
	@Test
	void aSaveAfterTheCaseWasSubmittedSaysSoAndKeepsTheText() {
		CaseFile caseFile = this.caseFixtures.complete(this.consultant);
		long versionInTheOldTab = caseFile.getVersion();
		this.cases.submit(caseFile.getId(), this.consultant, versionInTheOldTab);

		MvcTestResult page = this.mvc
			.perform(post("/cases/{id}/steps/effect", caseFile.getId()).param("ownStrength", "Nog een zin die ik typte")
				.param("effects[0].description", "Weer zelf koken")
				.param("version", String.valueOf(versionInTheOldTab))
				.header("Accept-Language", "nl")
				.with(csrf())
				.with(this.asConsultant));
		assertThat(page).hasStatusOk()
			.bodyText()
			.contains("Deze casus is intussen ingediend en heeft nu de status &quot;Ter beoordeling&quot;")
			.contains("Nog een zin die ik typte")
			.doesNotContain("class=\"form-actions\"")
			.doesNotContain("data-autosave=\"true\"");
		assertThat(page).model().extractingBindingResult("form").hasErrorsCount(1);

		assertThat(this.mvc
			.perform(post("/cases/{id}/steps/effect", caseFile.getId()).param("ownStrength", "Nog een zin die ik typte")
				.param("version", String.valueOf(versionInTheOldTab))
				.param("autosave", "true")
				.with(csrf())
				.with(this.asConsultant)))
			.hasStatus(HttpStatus.LOCKED);
		assertThat(this.cases.read(caseFile.getId(), this.consultant).getEffect().getOwnStrength())
			.isNotEqualTo("Nog een zin die ik typte");

		SignedInUser colleague = this.fixtures.signedIn(this.fixtures.account(Role.CONSULTANT, this.team));
		assertThat(this.mvc.perform(post("/cases/{id}/steps/effect", caseFile.getId()).param("ownStrength", "Iets")
			.param("version", String.valueOf(versionInTheOldTab))
			.with(csrf())
			.with(user(colleague)))).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aBsnInFreeTextOfAStepIsRefusedAndTheTextKept() {
		CaseFile caseFile = this.caseFixtures.draft(this.consultant);
		assertThat(this.mvc.perform(
				post("/cases/{id}/steps/effect", caseFile.getId()).param("effects[0].description", "Weer zelf koken")
					.param("ownStrength", "Haar BSN is 123.456.782")
					.param("version", String.valueOf(caseFile.getVersion()))
					.with(csrf())
					.with(this.asConsultant)))
			.hasStatusOk()
			.model()
			.extractingBindingResult("form")
			.hasFieldErrorCode("ownStrength", "NoBsn");
		assertThat(this.cases.read(caseFile.getId(), this.consultant).getEffect().getOwnStrength()).isNull();
	}

	@ParameterizedTest(name = "{0}.{1}")
	@CsvSource({ "effect, residentWords", "law, standardOutcome", "ethics, observations", "action, legalGround",
			"action, callAgreed", "action, noCallReason" })
	void everyStepRefusesABsnAndTextThatIsTooLong(String step, String field) {
		CaseFile caseFile = this.caseFixtures.draft(this.consultant);
		assertThat(this.mvc
			.perform(post("/cases/{id}/steps/{step}", caseFile.getId(), step).param(field, "Zie BSN 111111122")
				.param("version", String.valueOf(caseFile.getVersion()))
				.with(csrf())
				.with(this.asConsultant)))
			.hasStatusOk()
			.model()
			.extractingBindingResult("form")
			.hasFieldErrorCode(field, "NoBsn");
		assertThat(
				this.mvc.perform(post("/cases/{id}/steps/{step}", caseFile.getId(), step).param(field, "x".repeat(4001))
					.param("version", String.valueOf(caseFile.getVersion()))
					.with(csrf())
					.with(this.asConsultant)))
			.hasStatusOk()
			.model()
			.extractingBindingResult("form")
			.hasFieldErrorCode(field, "Size");
		assertThat(this.cases.read(caseFile.getId(), this.consultant).getVersion()).isEqualTo(caseFile.getVersion());
	}

	@Test
	void aHalfFilledStepSavesAsDraftAndTheStepperShowsItIncomplete() {
		CaseFile caseFile = this.caseFixtures.draft(this.consultant);
		assertThat(this.mvc.perform(post("/cases/{id}/steps/effect", caseFile.getId())
			.param("effects[0].description", "Weer zelf boodschappen doen")
			.param("version", String.valueOf(caseFile.getVersion()))
			.param("go", "law")
			.with(csrf())
			.with(this.asConsultant))).hasRedirectedUrl("/cases/" + caseFile.getId() + "/steps/law");
		CaseFile saved = this.cases.read(caseFile.getId(), this.consultant);
		assertThat(saved.getEffect().getEffects()).extracting(DesiredEffect::getDescription)
			.containsExactly("Weer zelf boodschappen doen");
		assertThat(saved.getCurrentStep()).isEqualTo(1);
		assertThat(this.stepGaps.of(saved, Step.EFFECT)).extracting(Gap::messageKey)
			.containsExactly("gap.effect.indicator", "gap.ownStrength");
	}

	@Test
	void rowsAreAddedAndRemovedWithoutJavaScript() {
		CaseFile caseFile = this.caseFixtures.draft(this.consultant);
		assertThat(this.mvc
			.perform(post("/cases/{id}/steps/effect", caseFile.getId()).param("effects[0].description", "Eerste")
				.param("version", String.valueOf(caseFile.getVersion()))
				.param("addRow", "effects")
				.with(csrf())
				.with(this.asConsultant)))
			.hasRedirectedUrl("/cases/" + caseFile.getId() + "/steps/effect?extra=effects#effects");
		assertThat(this.mvc
			.perform(get("/cases/{id}/steps/effect?extra=effects", caseFile.getId()).with(this.asConsultant)))
			.bodyText()
			.contains("effects[1].description");

		long version = this.cases.read(caseFile.getId(), this.consultant).getVersion();
		assertThat(this.mvc
			.perform(post("/cases/{id}/steps/effect", caseFile.getId()).param("effects[0].description", "Eerste")
				.param("effects[1].description", "Tweede")
				.param("effects[2].description", "Derde")
				.param("removeRow", "effects:1")
				.param("version", String.valueOf(version))
				.with(csrf())
				.with(this.asConsultant)))
			.hasRedirectedUrl("/cases/" + caseFile.getId() + "/steps/effect");
		assertThat(this.cases.read(caseFile.getId(), this.consultant).getEffect().getEffects())
			.extracting(DesiredEffect::getDescription)
			.containsExactly("Eerste", "Derde");
	}

	@Test
	void anUnreadableAmountIsAFieldErrorAndNothingTypedIsLost() {
		CaseFile caseFile = this.caseFixtures.draft(this.consultant);
		assertThat(saveStep(caseFile, "action", "solution", "Maatje uit de buurt", "costs[0].scenario",
				"WITHOUT_MAATWERK", "costs[0].payer", "MUNICIPALITY_WMO", "costs[0].amountPerYear", "twaalfhonderd",
				"costs[0].years", "2"))
			.hasStatusOk()
			.bodyText()
			.contains("Vul een bedrag in euro’s in")
			.contains("Maatje uit de buurt")
			.contains("twaalfhonderd");
	}

	@Test
	void anAmountWithTooManyDecimalsIsAFieldErrorNotAServerError() {
		CaseFile caseFile = this.caseFixtures.draft(this.consultant);
		assertThat(saveStep(caseFile, "action", "costs[0].scenario", "WITH_MAATWERK", "costs[0].payer", "RESIDENT",
				"costs[0].amountPerYear", "12,345", "costs[0].years", "1"))
			.hasStatusOk()
			.bodyText()
			.contains("hoogstens twee cijfers achter de komma")
			.contains("12,345");
	}

	@Test
	void theServerComputesTheCostComparisonInExactEuros() {
		CaseFile caseFile = this.caseFixtures.draft(this.consultant);
		saveStep(caseFile, "action", "costs[0].scenario", "WITHOUT_MAATWERK", "costs[0].payer", "MUNICIPALITY_WMO",
				"costs[0].amountPerYear", "1.250,50", "costs[0].years", "3", "costs[1].scenario", "WITH_MAATWERK",
				"costs[1].payer", "MUNICIPALITY_WMO", "costs[1].amountPerYear", "400,25", "costs[1].years", "2");
		CaseFile saved = this.cases.read(caseFile.getId(), this.consultant);
		CostComparison comparison = CostComparison.of(saved.getAction().getCosts());
		assertThat(comparison.withoutMaatwerk()).isEqualByComparingTo("3751.50");
		assertThat(comparison.withMaatwerk()).isEqualByComparingTo("800.50");
		assertThat(comparison.difference()).isEqualByComparingTo("2951.00");
		assertThat(this.mvc
			.perform(get("/cases/{id}", caseFile.getId()).header("Accept-Language", "nl").with(this.asConsultant)))
			.bodyText()
			.contains("2.951,00");
	}

	@Test
	void stepFourSavesPricedAndFreeLinesAndObstaclesAndTheCasePageShowsWhoSavesAndWhen() {
		CaseFile caseFile = this.caseFixtures.draft(this.consultant);
		long homeHelp = seededItem("Huishoudelijke hulp");
		// Three hours a week for 52 weeks at the seeded 33,50, for three years, against a
		// free amount the resident pays.
		assertThat(saveStep(caseFile, "action", "costs[0].scenario", "WITHOUT_MAATWERK", "costs[0].priceItemId",
				String.valueOf(homeHelp), "costs[0].quantityPerYear", "156", "costs[0].years", "3", "costs[1].scenario",
				"WITH_MAATWERK", "costs[1].payer", "RESIDENT", "costs[1].description", "Maatje, reiskosten",
				"costs[1].amountPerYear", "250,00", "costs[1].years", "3", "obstacles[0].kind", "POLICY_RULE",
				"obstacles[0].description", "De verordening kent alleen huishoudelijke hulp in uren",
				"obstacles[0].lesson", "Laat de verordening ruimte voor een resultaatgerichte inzet",
				"obstacles[1].kind", "", "obstacles[1].description", "", "obstacles[1].lesson", ""))
			.hasStatus(HttpStatus.FOUND);

		CaseFile saved = this.cases.read(caseFile.getId(), this.consultant);
		assertThat(saved.getAction().getCosts()).hasSize(2);
		CostLine priced = saved.getAction().getCosts().get(0);
		assertThat(priced.isPriced()).isTrue();
		assertThat(priced.getItemName()).isEqualTo("Huishoudelijke hulp");
		assertThat(priced.getUnitPrice()).isEqualByComparingTo("33.50");
		assertThat(priced.getPayer()).isEqualTo(Payer.MUNICIPALITY_WMO);
		assertThat(saved.getAction().getCosts().get(1).isPriced()).isFalse();
		assertThat(saved.getAction().getObstacles()).singleElement()
			.satisfies((o) -> assertThat(o.getKind()).isEqualTo(Choices.ObstacleKind.POLICY_RULE))
			.satisfies((o) -> assertThat(o.getLesson()).startsWith("Laat de verordening"));
		CostComparison comparison = CostComparison.of(saved.getAction().getCosts());
		assertThat(comparison.withoutMaatwerk()).isEqualByComparingTo("15678.00");
		assertThat(comparison.withMaatwerk()).isEqualByComparingTo("750.00");

		assertThat(this.mvc
			.perform(get("/cases/{id}", caseFile.getId()).header("Accept-Language", "nl").with(this.asConsultant)))
			.bodyText()
			.contains("156 × €\u00a033,50 per uur", "€\u00a05.226,00", "€\u00a015.678,00", "Vrij bedrag")
			.contains("Per betaler", "Gemeente – Wmo 2015", "Bespaart €\u00a015.678,00", "Betaalt €\u00a0750,00 meer")
			.contains("Per jaar, over 3 jaar", "Jaar 3", "Bespaart €\u00a014.928,00")
			.contains("Beleidsregel", "Laat de verordening ruimte voor een resultaatgerichte inzet");
		assertThat(this.mvc
			.perform(get("/cases/{id}", caseFile.getId()).header("Accept-Language", "en").with(this.asConsultant)))
			.bodyText()
			.contains("Per payer, over all years", "Saves €15,678.00", "Pays €750.00 more", "Policy rule");
		// The step page shows the same, with the price beside the row.
		assertThat(this.mvc.perform(get("/cases/{id}/steps/action", caseFile.getId()).header("Accept-Language", "nl")
			.with(this.asConsultant))).bodyText()
			.contains("Prijs: €\u00a033,50 per uur, dus €\u00a05.226,00 per jaar.", "Bespaart €\u00a014.928,00");
	}

	@Test
	void anItemAndAFreeAmountOnOneLineAreRefusedAtTheFieldInBothLanguages() {
		CaseFile caseFile = this.caseFixtures.draft(this.consultant);
		long homeHelp = seededItem("Huishoudelijke hulp");
		assertThat(saveStep(caseFile, "action", "costs[0].scenario", "WITH_MAATWERK", "costs[0].priceItemId",
				String.valueOf(homeHelp), "costs[0].quantityPerYear", "10", "costs[0].amountPerYear", "100",
				"costs[1].scenario", "WITH_MAATWERK", "costs[1].quantityPerYear", "3"))
			.hasStatusOk()
			.satisfies((result) -> assertThat(result).model()
				.extractingBindingResult("form")
				.hasFieldErrorCode("costs[0].amountPerYear", "cost.amountOrItem")
				.hasFieldErrorCode("costs[1].quantityPerYear", "cost.quantity.noItem"))
			.bodyText()
			.contains("niet allebei", "Een aantal hoort bij een product", "error-summary", "Kostenregel 2: ");
		MockHttpServletRequestBuilder english = post("/cases/{id}/steps/action", caseFile.getId())
			.param("version", String.valueOf(caseFile.getVersion()))
			.param("costs[0].priceItemId", String.valueOf(homeHelp))
			.param("costs[0].amountPerYear", "100")
			.param("costs[0].quantityPerYear", "12.345")
			.header("Accept-Language", "en")
			.with(csrf())
			.with(this.asConsultant);
		assertThat(this.mvc.perform(english)).hasStatusOk()
			.bodyText()
			.contains("not both", "Enter a quantity with no more than 2 decimal places");
		assertThat(saveStep(caseFile, "action", "costs[0].quantityPerYear", "veel")).hasStatusOk()
			.bodyText()
			.contains("Vul een aantal in, bijvoorbeeld 130 of 2,5.")
			.contains("veel");
		assertThat(this.cases.read(caseFile.getId(), this.consultant).getVersion()).isEqualTo(caseFile.getVersion());
	}

	@Test
	void obstaclesAreCheckedForPersonalDataAndNeedAKindBeforeSubmitting() {
		CaseFile caseFile = this.caseFixtures.draft(this.consultant);
		assertThat(saveStep(caseFile, "action", "obstacles[0].kind", "LAW", "obstacles[0].lesson",
				"Bel haar op 06-12345678 of BSN 111111122"))
			.hasStatusOk()
			.model()
			.extractingBindingResult("form")
			.hasFieldErrorCode("obstacles[0].lesson", "NoBsn");
		assertThat(saveStep(caseFile, "action", "obstacles[0].lesson", "Een les zonder soort"))
			.hasStatus(HttpStatus.FOUND);
		CaseFile saved = this.cases.read(caseFile.getId(), this.consultant);
		assertThat(this.stepGaps.of(saved, Step.ACTION)).extracting(Gap::messageKey)
			.contains("gap.obstacle.kind", "gap.obstacle.description");
	}

	@Test
	void submittingAnIncompleteCaseListsEveryGapWithALinkToItsField() {
		CaseFile caseFile = this.caseFixtures.draft(this.consultant);
		var submitted = this.mvc.perform(
				post("/cases/{id}/submit", caseFile.getId()).param("version", String.valueOf(caseFile.getVersion()))
					.with(csrf())
					.with(this.asConsultant));
		assertThat(submitted).hasRedirectedUrl("/cases/" + caseFile.getId() + "#error-summary");
		assertThat(submitted).flash().containsKey("gaps");
		// Follow the redirect in the same (database-backed) session, as a browser would.
		assertThat(this.mvc.perform(get("/cases/{id}", caseFile.getId()).cookie(submitted.getResponse().getCookies())
			.header("Accept-Language", "nl")
			.with(this.asConsultant))).hasStatusOk()
			.bodyText()
			.contains("De casus kan nog niet worden ingediend")
			.contains("/cases/" + caseFile.getId() + "/steps/effect#effects0.description")
			.contains("/cases/" + caseFile.getId() + "/steps/action#evaluationDate")
			.contains("Kies een evaluatiedatum.");
		assertThat(this.cases.read(caseFile.getId(), this.consultant).getStatus()).isEqualTo(CaseStatus.DRAFT);
	}

	@Test
	void aCompleteCaseIsSubmittedAndThenReadOnlyForItsConsultant() {
		CaseFile caseFile = this.caseFixtures.complete(this.consultant);
		assertThat(this.mvc.perform(
				post("/cases/{id}/submit", caseFile.getId()).param("version", String.valueOf(caseFile.getVersion()))
					.with(csrf())
					.with(this.asConsultant)))
			.hasRedirectedUrl("/cases/" + caseFile.getId());
		assertThat(this.cases.read(caseFile.getId(), this.consultant).getStatus()).isEqualTo(CaseStatus.IN_REVIEW);

		assertThat(this.mvc.perform(get("/cases/{id}/steps/effect", caseFile.getId()).with(this.asConsultant)))
			.hasRedirectedUrl("/cases/" + caseFile.getId());
		assertThat(this.mvc.perform(
				post("/cases/{id}/steps/effect", caseFile.getId()).param("effects[0].description", "Toch iets anders")
					.param("version", String.valueOf(caseFile.getVersion() + 1))
					.with(csrf())
					.with(this.asConsultant)))
			.hasStatusOk()
			.model()
			.extractingBindingResult("form")
			.hasErrorsCount(1);
		assertThat(this.cases.read(caseFile.getId(), this.consultant).getEffect().getEffects())
			.noneMatch((effect) -> "Toch iets anders".equals(effect.getDescription()));
	}

	@Test
	void aStaleSaveShowsTheUsersInputBesideTheNewerVersionAndOverwritesNothing() {
		CaseFile caseFile = this.caseFixtures.draft(this.consultant);
		long openedVersion = caseFile.getVersion();
		// A second tab saves first.
		EffectStepForm otherTab = new EffectStepForm();
		otherTab.setOwnStrength("Versie uit het andere tabblad");
		otherTab.setVersion(openedVersion);
		this.cases.saveStep(caseFile.getId(), this.consultant, otherTab);

		assertThat(this.mvc
			.perform(post("/cases/{id}/steps/effect", caseFile.getId()).param("ownStrength", "Mijn eigen tekst")
				.param("version", String.valueOf(openedVersion))
				.header("Accept-Language", "nl")
				.with(csrf())
				.with(this.asConsultant)))
			.hasStatusOk()
			.bodyText()
			.contains("Intussen gewijzigd")
			.contains("Mijn eigen tekst")
			.contains("Versie uit het andere tabblad");
		assertThat(this.cases.read(caseFile.getId(), this.consultant).getEffect().getOwnStrength())
			.isEqualTo("Versie uit het andere tabblad");
	}

	@Test
	void autosaveAnswersWithTheNewVersionAndRefusesAStaleOne() {
		CaseFile caseFile = this.caseFixtures.draft(this.consultant);
		var first = this.mvc.perform(post("/cases/{id}/steps/effect", caseFile.getId()).param("ownStrength", "Getypt")
			.param("version", String.valueOf(caseFile.getVersion()))
			.param("autosave", "true")
			.with(csrf())
			.with(this.asConsultant));
		assertThat(first).hasStatus(HttpStatus.NO_CONTENT);
		assertThat(first.getResponse().getHeader("X-Case-Version"))
			.isEqualTo(String.valueOf(this.cases.read(caseFile.getId(), this.consultant).getVersion()));
		assertThat(this.mvc.perform(post("/cases/{id}/steps/effect", caseFile.getId()).param("ownStrength", "Oud")
			.param("version", String.valueOf(caseFile.getVersion()))
			.param("autosave", "true")
			.with(csrf())
			.with(this.asConsultant))).hasStatus(HttpStatus.CONFLICT);
	}

	private long seededItem(String name) {
		return this.priceList.activePricesOn(this.cases.pricingDay(this.caseFixtures.draft(this.consultant)))
			.stream()
			.filter((quote) -> quote.name().equals(name))
			.findFirst()
			.orElseThrow()
			.itemId();
	}

	/**
	 * Posts a step as the consultant, in Dutch, from the case's current version; fields
	 * come as name, value pairs.
	 */
	private MvcTestResult saveStep(CaseFile caseFile, String step, String... fields) {
		MockHttpServletRequestBuilder request = post("/cases/{id}/steps/{step}", caseFile.getId(), step)
			.param("version", String.valueOf(caseFile.getVersion()))
			.header("Accept-Language", "nl")
			.with(csrf())
			.with(this.asConsultant);
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return this.mvc.perform(request);
	}

}
