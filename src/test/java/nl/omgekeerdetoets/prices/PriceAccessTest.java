package nl.omgekeerdetoets.prices;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Stream;

import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.support.TestFixtures.TestAccount;
import nl.omgekeerdetoets.support.TestFixtures.World;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Who may reach the price list's pages and actions, from the outside: only the admin. A
 * signed-in consultant or team lead gets a 403 and changes nothing; an anonymous visitor
 * is sent to the login page.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PriceAccessTest {

	enum Who {

		ANONYMOUS, CONSULTANT, TEAM_LEAD, ADMIN

	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	PriceService prices;

	@Autowired
	PriceList priceList;

	World world;

	long item;

	@BeforeAll
	void createPeopleAndAnItem() {
		this.world = this.fixtures.world();
		this.item = this.prices
			.create(PriceUnit.HOUR, Payer.MUNICIPALITY_WMO,
					new PriceItemDetails(TestFixtures.unique("Toegang"), null, null, false),
					new NewPrice(new BigDecimal("10.00"), LocalDate.of(2026, 1, 1), null))
			.getId();
	}

	static Stream<Arguments> requests() {
		return Stream.of(arguments(HttpMethod.GET, "/admin/prices", HttpStatus.OK),
				arguments(HttpMethod.GET, "/admin/prices/new", HttpStatus.OK),
				arguments(HttpMethod.GET, "/admin/prices/{item}", HttpStatus.OK),
				arguments(HttpMethod.GET, "/admin/prices/{item}/prices/new", HttpStatus.OK),
				// A form sent empty: the admin gets it back with its errors.
				arguments(HttpMethod.POST, "/admin/prices/new", HttpStatus.OK),
				arguments(HttpMethod.POST, "/admin/prices/{item}/prices/new?amount=20&validFrom=2026-01-01",
						HttpStatus.OK),
				arguments(HttpMethod.POST, "/admin/prices/{item}/retire", HttpStatus.FOUND),
				arguments(HttpMethod.POST, "/admin/prices/{item}/restore", HttpStatus.FOUND));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("requests")
	void onlyTheAdminGetsIn(HttpMethod method, String path, HttpStatus forAdmin) {
		MvcTestResult anonymous = perform(method, path, null);
		assertThat(anonymous).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login");
		assertThat(perform(method, path, this.world.consultantA())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(perform(method, path, this.world.leadA())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.prices.get(this.item).isActive()).as("still in use after the refusals").isTrue();
		MvcTestResult admin = perform(method, path, this.world.admin());
		assertThat(admin).hasStatus(forAdmin);
		if (forAdmin == HttpStatus.FOUND) {
			assertThat(admin).hasRedirectedUrl("/admin/prices/" + this.item);
		}
		this.prices.restore(this.item);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refused")
	void aRefusedNewPriceChangesNothing(Who who) {
		TestAccount account = (who == Who.CONSULTANT) ? this.world.consultantA()
				: (who == Who.TEAM_LEAD) ? this.world.leadA() : null;
		perform(HttpMethod.POST, "/admin/prices/{item}/prices/new?amount=99&validFrom=2030-01-01", account);
		assertThat(this.priceList.priceOn(this.item, LocalDate.of(2030, 1, 1)).orElseThrow().amount())
			.isEqualByComparingTo("10.00");
	}

	static Stream<Who> refused() {
		return Stream.of(Who.ANONYMOUS, Who.CONSULTANT, Who.TEAM_LEAD);
	}

	private MvcTestResult perform(HttpMethod method, String path, TestAccount account) {
		MockHttpServletRequestBuilder request = request(method, path.replace("{item}", String.valueOf(this.item)))
			.with(csrf());
		if (account != null) {
			request.with(user(this.fixtures.signedIn(account)));
		}
		return this.mvc.perform(request);
	}

}
