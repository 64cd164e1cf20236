package nl.omgekeerdetoets.browser;

import java.net.http.HttpResponse;

import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.support.TestFixtures.TestAccount;
import nl.omgekeerdetoets.teams.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9: an error page looks like the rest of the app for someone signed in: their
 * name, the menu and the way back, whether the error comes from a missing record, an
 * unknown page or a refused role. Over real HTTP, because MockMvc never makes the
 * container's error dispatch, which is where the signed-in user used to get lost.
 */
@BrowserTest
class ErrorPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Test
	void errorPagesKeepTheMenuAndTheNameOfWhoIsSignedIn() throws Exception {
		TestAccount consultant = this.fixtures.account(Role.CONSULTANT, this.fixtures.team());
		HttpBrowser browser = new HttpBrowser(this.port);
		browser.signIn(consultant);

		HttpResponse<String> missing = browser.send(browser.page("/cases/987654321"));
		assertThat(missing.statusCode()).isEqualTo(404);
		assertSignedInLayout(missing.body(), consultant, "Pagina niet gevonden");

		HttpResponse<String> unknownPage = browser.send(browser.page("/no-such-page"));
		assertThat(unknownPage.statusCode()).isEqualTo(404);
		assertSignedInLayout(unknownPage.body(), consultant, "Pagina niet gevonden");

		HttpResponse<String> refused = browser.send(browser.page("/admin/teams"));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertSignedInLayout(refused.body(), consultant, "Geen toegang");
	}

	@Test
	void anAnonymousVisitorStillGoesToTheLoginPage() throws Exception {
		HttpBrowser browser = new HttpBrowser(this.port);
		HttpResponse<String> response = browser.send(browser.page("/cases/987654321"));
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

}
