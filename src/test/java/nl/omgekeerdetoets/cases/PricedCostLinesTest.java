package nl.omgekeerdetoets.cases;

import java.time.Clock;
import java.time.LocalDate;

import nl.omgekeerdetoets.prices.Payer;
import nl.omgekeerdetoets.prices.PriceList;
import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.teams.Role;
import nl.omgekeerdetoets.teams.SignedInUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
 * Cost lines priced from the price list, through the web layer of both the admin and the
 * consultant, on the real database: the server fills in the price of the case's day, and
 * the line keeps it when the price list changes.
 */
@IntegrationTest
class PricedCostLinesTest {

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

	@Autowired
	Clock clock;

	SignedInUser consultant;

	RequestPostProcessor admin;

	LocalDate today;

	@BeforeEach
	void adminAndConsultant() {
		this.consultant = this.fixtures.signedIn(this.fixtures.account(Role.CONSULTANT, this.fixtures.team()));
		this.admin = user(this.fixtures.signedIn(this.fixtures.account(Role.ADMIN)));
		this.today = LocalDate.now(this.clock);
	}

	@Test
	void aPricedLineKeepsItsPriceAfterTheAdminAddsANewPricePeriod() {
		long item = newItem("40,00", this.today.minusDays(30));
		CaseFile caseFile = this.caseFixtures.draft(this.consultant);
		assertThat(this.cases.pricingDay(caseFile)).isEqualTo(this.today);

		// 2,5 hours a week for a year is typed as 130; the payer is left to the item.
		assertThat(saveStep(caseFile.getId(), "costs[0].scenario", "WITH_MAATWERK", "costs[0].priceItemId",
				String.valueOf(item), "costs[0].quantityPerYear", "130", "costs[0].years", "2", "costs[0].payer", ""))
			.hasStatus(HttpStatus.FOUND);
		CostLine line = this.cases.read(caseFile.getId(), this.consultant).getAction().getCosts().get(0);
		assertThat(line.isPriced()).isTrue();
		assertThat(line.getUnitPrice()).isEqualByComparingTo("40.00");
		assertThat(line.getPayer()).isEqualTo(Payer.MUNICIPALITY_WMO);
		assertThat(line.yearly()).isEqualByComparingTo("5200.00");
		long keptPriceId = line.getPriceId();

		// The admin corrects the price from the case's own opening day on: the price list
		// now says 45,00 for that day ...
		assertThat(this.mvc.perform(post("/admin/prices/{id}/prices/new", item).param("amount", "45,00")
			.param("validFrom", this.today.toString())
			.param("validTo", "")
			.header("Accept-Language", "nl")
			.with(csrf())
			.with(this.admin))).hasStatus(HttpStatus.FOUND);
		assertThat(this.priceList.priceOn(item, this.today).orElseThrow().amount()).isEqualByComparingTo("45.00");

		// ... but the line keeps the price it was made with, also when the step is saved
		// again with another quantity.
		assertThat(saveStep(caseFile.getId(), "costs[0].scenario", "WITH_MAATWERK", "costs[0].priceItemId",
				String.valueOf(item), "costs[0].quantityPerYear", "2,5", "costs[0].years", "2", "costs[0].payer",
				"MUNICIPALITY_WMO"))
			.hasStatus(HttpStatus.FOUND);
		CaseFile saved = this.cases.read(caseFile.getId(), this.consultant);
		CostLine kept = saved.getAction().getCosts().get(0);
		assertThat(kept.getPriceId()).isEqualTo(keptPriceId);
		assertThat(kept.getUnitPrice()).isEqualByComparingTo("40.00");
		assertThat(kept.getQuantityPerYear()).isEqualByComparingTo("2.5");
		assertThat(CostComparison.of(saved.getAction().getCosts()).withMaatwerk()).isEqualByComparingTo("200.00");
		assertThat(this.mvc
			.perform(get("/cases/{id}", caseFile.getId()).header("Accept-Language", "nl").with(user(this.consultant))))
			.bodyText()
			.contains("2,5 × €\u00a040,00 per uur")
			.contains("€\u00a0200,00")
			.doesNotContain("€\u00a045,00");

		// A case opened now is priced with the new price.
		CaseFile newer = this.caseFixtures.draft(this.consultant);
		saveStep(newer.getId(), "costs[0].scenario", "WITH_MAATWERK", "costs[0].priceItemId", String.valueOf(item),
				"costs[0].quantityPerYear", "1", "costs[0].years", "1");
		assertThat(this.cases.read(newer.getId(), this.consultant).getAction().getCosts().get(0).getUnitPrice())
			.isEqualByComparingTo("45.00");
	}

	@Test
	void theStepOffersOnlyItemsWithAPriceOnTheCasesDayAndRefusesOthersAtTheField() {
		long current = newItem("12,00", this.today.minusDays(1));
		long future = newItem("99,00", this.today.plusDays(1));
		CaseFile caseFile = this.caseFixtures.draft(this.consultant);

		assertThat(this.mvc.perform(get("/cases/{id}/steps/action", caseFile.getId()).header("Accept-Language", "nl")
			.with(user(this.consultant)))).bodyText()
			.contains("value=\"" + current + "\"")
			.doesNotContain("value=\"" + future + "\"")
			.contains("€\u00a012,00 per uur");

		assertThat(saveStep(caseFile.getId(), "solution", "Een maatje", "costs[0].scenario", "WITH_MAATWERK",
				"costs[0].priceItemId", String.valueOf(future), "costs[0].quantityPerYear", "3", "costs[0].years", "1"))
			.hasStatusOk()
			.bodyText()
			.contains("heeft geen prijs op de dag waarop de casus is geopend")
			.contains("Een maatje");
		assertThat(this.cases.read(caseFile.getId(), this.consultant).getVersion()).isEqualTo(caseFile.getVersion());

		// Autosave gets the same refusal as a status, without a page.
		assertThat(saveStep(caseFile.getId(), "autosave", "true", "costs[0].scenario", "WITH_MAATWERK",
				"costs[0].priceItemId", String.valueOf(future)))
			.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
	}

	@Test
	void autosaveSavesPricedLinesAndObstaclesLikeTheButtons() {
		long item = newItem("20,00", this.today.minusDays(1));
		CaseFile caseFile = this.caseFixtures.draft(this.consultant);
		MvcTestResult saved = saveStep(caseFile.getId(), "autosave", "true", "costs[0].scenario", "WITH_MAATWERK",
				"costs[0].priceItemId", String.valueOf(item), "costs[0].quantityPerYear", "2,5", "costs[0].years", "4",
				"obstacles[0].kind", "CULTURE", "obstacles[0].description", "Men wachtte op een formulier");
		assertThat(saved).hasStatus(HttpStatus.NO_CONTENT);
		CaseFile read = this.cases.read(caseFile.getId(), this.consultant);
		assertThat(saved.getResponse().getHeader("X-Case-Version")).isEqualTo(String.valueOf(read.getVersion()));
		assertThat(read.getAction().getCosts()).singleElement()
			.satisfies((line) -> assertThat(line.total()).isEqualByComparingTo("200.00"));
		assertThat(read.getAction().getObstacles()).singleElement()
			.satisfies((obstacle) -> assertThat(obstacle.getKind()).isEqualTo(Choices.ObstacleKind.CULTURE));
		// Invalid input is refused with a status, and nothing is saved.
		assertThat(saveStep(caseFile.getId(), "autosave", "true", "costs[0].priceItemId", String.valueOf(item),
				"costs[0].amountPerYear", "10"))
			.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(this.cases.read(caseFile.getId(), this.consultant).getVersion()).isEqualTo(read.getVersion());
	}

	private long newItem(String amount, LocalDate validFrom) {
		MvcTestResult created = this.mvc
			.perform(post("/admin/prices/new").param("name", TestFixtures.unique("Thuisbegeleiding"))
				.param("unit", "HOUR")
				.param("payer", "MUNICIPALITY_WMO")
				.param("amount", amount)
				.param("validFrom", validFrom.toString())
				.param("validTo", "")
				.header("Accept-Language", "nl")
				.with(csrf())
				.with(this.admin));
		assertThat(created).hasStatus(HttpStatus.FOUND);
		String location = created.getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	/** Posts step 4 as the consultant, in Dutch, from the case's current version. */
	private MvcTestResult saveStep(long caseId, String... fields) {
		MockHttpServletRequestBuilder request = post("/cases/{id}/steps/action", caseId)
			.param("version", String.valueOf(this.cases.read(caseId, this.consultant).getVersion()))
			.header("Accept-Language", "nl")
			.with(csrf())
			.with(user(this.consultant));
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return this.mvc.perform(request);
	}

}
