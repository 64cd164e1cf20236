package nl.omgekeerdetoets.browser;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.support.TestFixtures.TestAccount;
import nl.omgekeerdetoets.teams.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16: the first requests of a freshly signed-in session, sent at once (two tabs
 * opened right after logging in), each create the session's CSRF token and store it. Over
 * real HTTP, on the server's own threads, every one of them must be answered.
 */
@BrowserTest
class FreshSessionRaceTest {

	private static final int ROUNDS = 15;

	private static final int TABS = 6;

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Test
	void theFirstRequestsOfANewSessionAtOnceAreAllAnswered() throws Exception {
		TestAccount consultant = this.fixtures.account(Role.CONSULTANT, this.fixtures.team());
		List<Integer> statuses = new ArrayList<>();
		for (int round = 0; round < ROUNDS; round++) {
			HttpBrowser browser = new HttpBrowser(this.port);
			assertThat(browser.signIn(consultant)).endsWith("/");
			List<CompletableFuture<HttpResponse<String>>> tabs = new ArrayList<>();
			for (int tab = 0; tab < TABS; tab++) {
				tabs.add(browser.sendAsync(browser.get((tab % 2 == 0) ? "/" : "/cases")));
			}
			for (CompletableFuture<HttpResponse<String>> tab : tabs) {
				statuses.add(tab.get().statusCode());
			}
		}
		assertThat(statuses).hasSize(ROUNDS * TABS).containsOnly(200);
	}

}
