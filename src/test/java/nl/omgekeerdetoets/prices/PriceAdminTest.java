package nl.omgekeerdetoets.prices;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import nl.omgekeerdetoets.audit.AuditEntry;
import nl.omgekeerdetoets.audit.AuditLog;
import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.teams.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@IntegrationTest
class PriceAdminTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	PriceService prices;

	@Autowired
	PriceList priceList;

	@Autowired
	AuditLog auditLog;

	@Autowired
	JdbcClient jdbc;

	RequestPostProcessor admin;

	@BeforeEach
	void signInAsAdmin() {
		this.admin = SecurityMockMvcRequestPostProcessors
			.user(this.fixtures.signedIn(this.fixtures.account(Role.ADMIN)));
	}

	@Test
	void adminCreatesAnItemWithADutchAmountAndFindsItInTheList() {
		String name = TestFixtures.unique("Maaltijdservice");
		MvcTestResult created = this.mvc.perform(post("/admin/prices/new").param("name", name)
			.param("unit", "PIECE")
			.param("payer", "MUNICIPALITY_WMO")
			.param("sourceNote", "tarief Wmo-verordening 2026")
			.param("amount", "1.234,56")
			.param("validFrom", "2026-01-01")
			.param("validTo", "")
			.header("Accept-Language", "nl")
			.with(csrf())
			.with(this.admin));
		assertThat(created).hasStatus(HttpStatus.FOUND).flash().containsEntry("saved", "price.item.created");
		String location = created.getResponse().getRedirectedUrl();
		assertThat(location).matches("/admin/prices/\\d+");
		long id = Long.parseLong(location.substring("/admin/prices/".length()));
		PriceQuote quote = this.priceList.priceOn(id, LocalDate.of(2026, 2, 1)).orElseThrow();
		assertThat(quote.amount()).isEqualByComparingTo("1234.56");
		assertThat(quote.unit()).isEqualTo(PriceUnit.PIECE);
		assertThat(quote.example()).isFalse();

		assertThat(this.mvc
			.perform(get("/admin/prices").param("q", name).header("Accept-Language", "nl").with(this.admin)))
			.hasStatusOk()
			.bodyText()
			.contains(">" + name + "</a>")
			.contains("€\u00a01.234,56 per stuk")
			.contains("tarief Wmo-verordening 2026")
			.contains("1 product");
		assertThat(this.mvc.perform(get(location).header("Accept-Language", "nl").with(this.admin))).hasStatusOk()
			.bodyText()
			.contains(name)
			.contains("Product op prijslijst gezet");
	}

	@Test
	void listFiltersByPayerAndStatusAndShowsTheSeededExamples() {
		String page = body(get("/admin/prices").param("payer", "HOUSING_CORPORATION").param("size", "100"));
		assertThat(page).contains(">Ontruiming (huisuitzetting)</a>")
			.contains("€\u00a06.000,00 per stuk")
			.contains("Voorbeeld, controleer")
			.doesNotContain(">Huishoudelijke hulp</a>");

		PriceItem retired = item();
		this.prices.retire(retired.getId());
		assertThat(body(get("/admin/prices").param("q", retired.getName()).param("status", "active")))
			.contains("Geen producten");
		assertThat(body(get("/admin/prices").param("q", retired.getName()).param("status", "retired")))
			.contains(">" + retired.getName() + "</a>")
			.contains("Buiten gebruik");
	}

	@Test
	void listIsPaginatedInTheDatabase() {
		assertThat(body(get("/admin/prices").param("size", "5"))).containsPattern("Pagina 1 van \\d+")
			.contains("rel=\"next\"");
	}

	@Test
	void aNewPriceThroughTheScreenClosesTheOpenPeriodTheDayBefore() {
		PriceItem item = item();
		assertThat(this.mvc.perform(get("/admin/prices/{id}/prices/new", item.getId()).with(this.admin))).hasStatusOk();
		assertThat(this.mvc.perform(post("/admin/prices/{id}/prices/new", item.getId()).param("amount", "36,10")
			.param("validFrom", "2027-01-01")
			.header("Accept-Language", "nl")
			.with(csrf())
			.with(this.admin))).hasRedirectedUrl("/admin/prices/" + item.getId())
			.flash()
			.containsEntry("saved", "price.added");

		assertThat(this.priceList.priceOn(item.getId(), LocalDate.of(2026, 12, 31)).orElseThrow())
			.satisfies((quote) -> {
				assertThat(quote.amount()).isEqualByComparingTo("33.50");
				assertThat(quote.validTo()).isEqualTo(LocalDate.of(2026, 12, 31));
			});
		assertThat(this.priceList.priceOn(item.getId(), LocalDate.of(2027, 1, 1)).orElseThrow().amount())
			.isEqualByComparingTo("36.10");
		assertThat(body(get("/admin/prices/{id}", item.getId()))).contains("€\u00a036,10 per uur")
			.contains("€\u00a033,50 per uur")
			.contains("vanaf 1 jan. 2027")
			.contains("1 jan. 2026 t/m 31 dec. 2026")
			.contains("Nieuwe prijs vastgelegd");
	}

	@Test
	void noScreenChangesAPriceThatExists() {
		PriceItem item = item();
		this.prices.addPrice(item.getId(), new NewPrice(new BigDecimal("40.00"), LocalDate.of(2026, 7, 1), null));
		List<String> before = rows(item);

		// Everything an admin can post about an item, including attempts to rewrite a
		// price.
		send(post("/admin/prices/{id}", item.getId()).param("name", item.getName() + " (nieuw)")
			.param("amount", "1,00")
			.param("validFrom", "2026-01-01")
			.param("version", "0"));
		send(post("/admin/prices/{id}/prices/new", item.getId()).param("amount", "1,00")
			.param("validFrom", "2026-01-01"));
		send(post("/admin/prices/{id}/prices/new", item.getId()).param("amount", "1,00")
			.param("validFrom", "2026-07-01"));
		send(post("/admin/prices/{id}/retire", item.getId()));
		send(post("/admin/prices/{id}/restore", item.getId()));

		assertThat(rows(item)).isEqualTo(before)
			.containsExactly("33.50 2026-01-01 2026-06-30", "40.00 2026-07-01 open");
	}

	@Test
	void aNewPriceStartingOnOrBeforeTheLatestStartIsAFieldErrorNotAChange() {
		PriceItem item = item();
		assertThat(this.mvc.perform(post("/admin/prices/{id}/prices/new", item.getId()).param("amount", "40,00")
			.param("validFrom", "2026-01-01")
			.header("Accept-Language", "nl")
			.with(csrf())
			.with(this.admin))).hasStatusOk()
			.bodyText()
			.contains("id=\"error-summary\"")
			.contains("id=\"validFrom-error\"")
			.contains("Een nieuwe prijs moet ingaan na 01-01-2026");
		assertThat(rows(item)).containsExactly("33.50 2026-01-01 open");
	}

	@Test
	void aNegativeAmountIsRefusedAtItsField() {
		assertThat(newItem("-5,00", "2026-01-01", "")).hasStatusOk()
			.model()
			.extractingBindingResult("newPriceItemForm")
			.hasFieldErrorCode("amount", "DecimalMin");
		assertThat(newItem("-5,00", "2026-01-01", "")).bodyText()
			.contains("id=\"amount-error\"")
			.contains("Een prijs kan niet negatief zijn.");
	}

	@Test
	void anAmountThatIsNotANumberIsRefusedAtItsField() {
		assertThat(newItem("dertig euro", "2026-01-01", "")).hasStatusOk()
			.model()
			.extractingBindingResult("newPriceItemForm")
			.hasFieldErrorCode("amount", "typeMismatch");
		assertThat(newItem("12,345", "2026-01-01", "")).hasStatusOk()
			.model()
			.extractingBindingResult("newPriceItemForm")
			.hasFieldErrorCode("amount", "Digits");
		assertThat(newItem("dertig euro", "2026-01-01", "")).bodyText()
			.contains("id=\"amount-error\"")
			.contains("Vul een bedrag in euro’s in");
	}

	@Test
	void anEndBeforeTheStartIsRefusedAtTheEndField() {
		assertThat(newItem("10,00", "2026-07-01", "2026-06-30")).hasStatusOk()
			.model()
			.extractingBindingResult("newPriceItemForm")
			.hasFieldErrorCode("validTo", "price.validTo.beforeFrom");
		assertThat(newItem("10,00", "2026-07-01", "2026-06-30")).bodyText()
			.contains("id=\"validTo-error\"")
			.contains("De laatste dag mag niet voor de eerste dag liggen.");
		PriceItem item = item();
		assertThat(this.mvc.perform(post("/admin/prices/{id}/prices/new", item.getId()).param("amount", "1")
			.param("validFrom", "2027-01-01")
			.param("validTo", "2026-01-01")
			.with(csrf())
			.with(this.admin))).hasStatusOk()
			.model()
			.extractingBindingResult("priceForm")
			.hasFieldErrorCode("validTo", "price.validTo.beforeFrom");
	}

	@Test
	void missingFieldsAndABadDateAreFieldErrors() {
		assertThat(this.mvc.perform(post("/admin/prices/new").param("name", " ")
			.param("amount", "")
			.param("validFrom", "31-13-2026")
			.with(csrf())
			.with(this.admin))).hasStatusOk()
			.model()
			.extractingBindingResult("newPriceItemForm")
			.hasFieldErrorCode("name", "NotBlank")
			.hasFieldErrorCode("unit", "NotNull")
			.hasFieldErrorCode("payer", "NotNull")
			.hasFieldErrorCode("amount", "NotNull")
			.hasFieldErrorCode("validFrom", "typeMismatch");
	}

	@Test
	void aDuplicateNameIsAFieldErrorWhateverTheCase() {
		assertThat(this.mvc.perform(post("/admin/prices/new").param("name", "HUISHOUDELIJKE HULP")
			.param("unit", "HOUR")
			.param("payer", "MUNICIPALITY_WMO")
			.param("amount", "1")
			.param("validFrom", "2026-01-01")
			.with(csrf())
			.with(this.admin))).hasStatusOk()
			.model()
			.extractingBindingResult("newPriceItemForm")
			.hasFieldErrorCode("name", "price.name.taken");
	}

	@Test
	void adminEditsTheDescriptionAndConfirmsAnExample() {
		PriceItem item = this.prices.create(PriceUnit.HOUR, Payer.MUNICIPALITY_WMO,
				new PriceItemDetails(TestFixtures.unique("Begeleiding"), null, null, true),
				new NewPrice(BigDecimal.TEN, LocalDate.of(2026, 1, 1), null));
		assertThat(body(get("/admin/prices/{id}", item.getId()))).contains("Voorbeeld, controleer");

		assertThat(this.mvc.perform(post("/admin/prices/{id}", item.getId()).param("name", item.getName())
			.param("description", "Begeleiding thuis")
			.param("sourceNote", "tarief 2026, gecontroleerd")
			.param("version", String.valueOf(item.getVersion()))
			.with(csrf())
			.with(this.admin))).hasRedirectedUrl("/admin/prices/" + item.getId());
		PriceItem saved = this.prices.get(item.getId());
		assertThat(saved.isExample()).isFalse();
		assertThat(saved.getDescription()).isEqualTo("Begeleiding thuis");
		assertThat(saved.getUnit()).isEqualTo(PriceUnit.HOUR);
	}

	@Test
	void aBsnInTheSourceNoteIsRefused() {
		PriceItem item = item();
		assertThat(this.mvc.perform(post("/admin/prices/{id}", item.getId()).param("name", item.getName())
			.param("sourceNote", "zie 111222333")
			.param("version", String.valueOf(item.getVersion()))
			.with(csrf())
			.with(this.admin))).hasStatusOk()
			.model()
			.extractingBindingResult("priceItemForm")
			.hasFieldErrors("sourceNote");
	}

	@Test
	void staleVersionKeepsTheInputAndSaysSomeoneElseChangedIt() {
		PriceItem item = item();
		this.prices.update(item.getId(), item.getVersion(),
				new PriceItemDetails(item.getName() + " (nieuw)", null, null, false));
		assertThat(this.mvc.perform(post("/admin/prices/{id}", item.getId()).param("name", "Mijn naam")
			.param("version", String.valueOf(item.getVersion()))
			.header("Accept-Language", "nl")
			.with(csrf())
			.with(this.admin))).hasStatusOk()
			.bodyText()
			.contains("Mijn naam")
			.contains("Iemand anders heeft dit intussen gewijzigd.");
		assertThat(this.prices.get(item.getId()).getName()).isEqualTo(item.getName() + " (nieuw)");
	}

	@Test
	void retiredItemShowsAsRetiredAndCanBeRestored() {
		PriceItem item = item();
		assertThat(this.mvc.perform(post("/admin/prices/{id}/retire", item.getId()).with(csrf()).with(this.admin)))
			.hasRedirectedUrl("/admin/prices/" + item.getId())
			.flash()
			.containsEntry("saved", "price.item.retired");
		assertThat(body(get("/admin/prices/{id}", item.getId()))).contains("status status-muted\">Buiten gebruik<")
			.contains("/admin/prices/" + item.getId() + "/restore")
			.doesNotContain("/admin/prices/" + item.getId() + "/retire");
		assertThat(this.mvc.perform(post("/admin/prices/{id}/restore", item.getId()).with(csrf()).with(this.admin)))
			.hasRedirectedUrl("/admin/prices/" + item.getId());
		assertThat(this.prices.get(item.getId()).isActive()).isTrue();
	}

	@Test
	void missingItemIsA404() {
		assertThat(this.mvc.perform(get("/admin/prices/999999999").with(this.admin))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.perform(get("/admin/prices/999999999/prices/new").with(this.admin)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.perform(post("/admin/prices/999999999/prices/new").param("amount", "1")
			.param("validFrom", "2030-01-01")
			.with(csrf())
			.with(this.admin))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.perform(post("/admin/prices/999999999/retire").with(csrf()).with(this.admin)))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void everyChangeIsRecordedUnderTheItemAndInTheAdminsHistory() {
		PriceItem item = item();
		this.prices.update(item.getId(), item.getVersion(), new PriceItemDetails(item.getName(), "x", null, false));
		this.prices.addPrice(item.getId(), new NewPrice(new BigDecimal("40.00"), LocalDate.of(2027, 1, 1), null));
		this.prices.retire(item.getId());
		this.prices.restore(item.getId());

		List<AuditEntry> history = this.auditLog
			.historyOf(PriceService.AUDIT_SUBJECT, item.getId(), PageRequest.of(0, 20))
			.getContent();
		assertThat(history).extracting(AuditEntry::action)
			.containsExactly("PRICE_ITEM_RESTORED", "PRICE_ITEM_RETIRED", "PRICE_ADDED", "PRICE_ITEM_UPDATED",
					"PRICE_ITEM_CREATED");
		assertThat(history.get(2).detail()).isEqualTo("amount=40.00; from=2027-01-01; to=open");
		assertThat(body(get("/admin/history").param("type", "PRICE"))).contains("Nieuwe prijs vastgelegd")
			.contains(item.getName());
	}

	private MvcTestResult newItem(String amount, String validFrom, String validTo) {
		return this.mvc.perform(post("/admin/prices/new").param("name", TestFixtures.unique("Product"))
			.param("unit", "HOUR")
			.param("payer", "OTHER")
			.param("amount", amount)
			.param("validFrom", validFrom)
			.param("validTo", validTo)
			.header("Accept-Language", "nl")
			.with(csrf())
			.with(this.admin));
	}

	private void send(MockHttpServletRequestBuilder request) {
		assertThat(this.mvc.perform(request.with(csrf()).with(this.admin)).getResponse().getStatus()).isIn(200, 302);
	}

	private String body(MockHttpServletRequestBuilder request) {
		try {
			MvcTestResult result = this.mvc.perform(request.header("Accept-Language", "nl").with(this.admin));
			assertThat(result).hasStatusOk();
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private PriceItem item() {
		return this.prices.create(PriceUnit.HOUR, Payer.MUNICIPALITY_WMO,
				new PriceItemDetails(TestFixtures.unique("Hulp"), null, null, false),
				new NewPrice(new BigDecimal("33.50"), LocalDate.of(2026, 1, 1), null));
	}

	private List<String> rows(PriceItem item) {
		return this.jdbc
			.sql("select amount, valid_from, valid_to from price where price_item_id = :item order by valid_from")
			.param("item", item.getId())
			.query((rs, row) -> rs.getBigDecimal("amount").toPlainString() + " " + rs.getDate("valid_from") + " "
					+ ((rs.getDate("valid_to") != null) ? rs.getDate("valid_to").toString() : "open"))
			.list();
	}

}
