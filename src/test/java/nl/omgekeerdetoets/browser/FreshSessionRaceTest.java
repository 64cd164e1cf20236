package nl.omgekeerdetoets.browser;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

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
			HttpClient browser = HttpClient.newBuilder()
				.cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NEVER)
				.build();
			signIn(browser, consultant);
			List<CompletableFuture<HttpResponse<String>>> tabs = new ArrayList<>();
			for (int tab = 0; tab < TABS; tab++) {
				tabs.add(browser.sendAsync(get((tab % 2 == 0) ? "/" : "/cases"), HttpResponse.BodyHandlers.ofString()));
			}
			for (CompletableFuture<HttpResponse<String>> tab : tabs) {
				statuses.add(tab.get().statusCode());
			}
		}
		assertThat(statuses).hasSize(ROUNDS * TABS).containsOnly(200);
	}

	private void signIn(HttpClient browser, TestAccount account) throws Exception {
		HttpResponse<String> loginPage = browser.send(get("/login"), HttpResponse.BodyHandlers.ofString());
		Matcher token = CSRF.matcher(loginPage.body());
		assertThat(token.find()).as("the login form's CSRF token").isTrue();
		String form = "username=" + encode(account.getUsername()) + "&password=" + encode(TestFixtures.PASSWORD)
				+ "&_csrf=" + encode(token.group(1));
		HttpResponse<String> loggedIn = browser.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(loggedIn.statusCode()).isEqualTo(302);
		assertThat(loggedIn.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/"));
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(uri(path)).GET().build();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
