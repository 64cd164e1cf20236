package nl.omgekeerdetoets.browser;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * Issue 9: an error page looks like the rest of the app for someone signed in: their
 * name, the menu and the way back, whether the error comes from a missing record, a
 * refused role or a method check. Over real HTTP, because MockMvc never makes the
 * container's error dispatch, which is where the signed-in user used to get lost.
 */
@BrowserTest
class ErrorPagesTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Test
	void errorPagesKeepTheMenuAndTheNameOfWhoIsSignedIn() throws Exception {
		TestAccount consultant = this.fixtures.account(Role.CONSULTANT, this.fixtures.team());
		HttpClient browser = signedIn(consultant);

		HttpResponse<String> missing = browser.send(page("/cases/987654321"), HttpResponse.BodyHandlers.ofString());
		assertThat(missing.statusCode()).isEqualTo(404);
		assertSignedInLayout(missing.body(), consultant, "Pagina niet gevonden");

		HttpResponse<String> unknownPage = browser.send(page("/no-such-page"), HttpResponse.BodyHandlers.ofString());
		assertThat(unknownPage.statusCode()).isEqualTo(404);
		assertSignedInLayout(unknownPage.body(), consultant, "Pagina niet gevonden");

		HttpResponse<String> refused = browser.send(page("/admin/teams"), HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(403);
		assertSignedInLayout(refused.body(), consultant, "Geen toegang");
	}

	@Test
	void anAnonymousVisitorStillGoesToTheLoginPage() throws Exception {
		HttpClient browser = browser();
		HttpResponse<String> response = browser.send(page("/cases/987654321"), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/login"));
	}

	private static void assertSignedInLayout(String body, TestAccount account, String title) {
		assertThat(body).contains("<h1>" + title + "</h1>")
			.contains(account.getDisplayName())
			.contains("class=\"app-nav\"")
			.contains("href=\"/cases\"")
			.contains("Uitloggen");
	}

	private HttpClient signedIn(TestAccount account) throws Exception {
		HttpClient browser = browser();
		HttpResponse<String> loginPage = browser.send(page("/login"), HttpResponse.BodyHandlers.ofString());
		Matcher token = CSRF.matcher(loginPage.body());
		assertThat(token.find()).as("the login form's CSRF token").isTrue();
		String form = "username=" + encode(account.getUsername()) + "&password=" + encode(TestFixtures.PASSWORD)
				+ "&_csrf=" + encode(token.group(1));
		HttpResponse<String> loggedIn = browser.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(loggedIn.statusCode()).isEqualTo(302);
		return browser;
	}

	private static HttpClient browser() {
		return HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	private HttpRequest page(String path) {
		return HttpRequest.newBuilder(uri(path))
			.header("Accept", "text/html")
			.header("Accept-Language", "nl")
			.GET()
			.build();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
