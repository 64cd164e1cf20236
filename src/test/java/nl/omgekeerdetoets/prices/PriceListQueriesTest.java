package nl.omgekeerdetoets.prices;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.servlet.http.Cookie;
import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.StatementRecorder;
import nl.omgekeerdetoets.support.StatementRecorder.Recording;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.teams.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The price list's pages send a few statements whatever the number of items and prices
 * (as QueryCountTest holds the other pages): the price of the day comes with the list
 * page's one statement, not one per item.
 */
@IntegrationTest
class PriceListQueriesTest {

	/** Session read and touch, the page of rows, its count. */
	static final int LIST_BOUND = 4;

	/** Session read and touch, the item with its prices, its change history and count. */
	static final int ITEM_BOUND = 5;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	PriceService prices;

	@Autowired
	StatementRecorder recorder;

	@Test
	void theListAndAnItemStayWithinTheirBoundAsTheListGrows() throws Exception {
		Cookie admin = logIn();
		Recording small = request("/admin/prices?size=100", admin);
		PriceItem item = null;
		for (int i = 0; i < 15; i++) {
			item = this.prices.create(PriceUnit.HOUR, Payer.OTHER,
					new PriceItemDetails(TestFixtures.unique("Aantal"), null, null, false),
					new NewPrice(BigDecimal.ONE, LocalDate.of(2020, 1, 1), null));
			this.prices.addPrice(item.getId(), new NewPrice(new BigDecimal("2.00"), LocalDate.of(2021, 1, 1), null));
			this.prices.addPrice(item.getId(), new NewPrice(BigDecimal.TEN, LocalDate.of(2022, 1, 1), null));
		}
		Recording large = request("/admin/prices?size=100", admin);
		Recording itemPage = request("/admin/prices/" + item.getId(), admin);

		assertThat(large.statements()).as("statements of the list:%n%s", large)
			.hasSameSizeAs(small.statements())
			.hasSizeLessThanOrEqualTo(LIST_BOUND)
			.doesNotHaveDuplicates();
		assertThat(large.statements().stream().filter((sql) -> sql.contains("join price ")))
			.as("one statement for the rows with the price of the day")
			.hasSize(1);
		assertThat(large.statements().stream().filter((sql) -> sql.contains("from price ")))
			.as("no statement per item for its price")
			.isEmpty();
		assertThat(itemPage.statements()).as("statements of an item page:%n%s", itemPage)
			.hasSizeLessThanOrEqualTo(ITEM_BOUND)
			.doesNotHaveDuplicates();
	}

	private Recording request(String url, Cookie session) throws Exception {
		this.mvc.perform(get(url).cookie(session));
		return this.recorder.record(() -> {
			assertThat(this.mvc.perform(get(url).cookie(session))).hasStatusOk();
			return null;
		});
	}

	private Cookie logIn() {
		String username = this.fixtures.account(Role.ADMIN).getUsername();
		return this.mvc.perform(formLogin().user(username).password(TestFixtures.PASSWORD))
			.getResponse()
			.getCookie("SESSION");
	}

}
