package nl.omgekeerdetoets.browser;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.omgekeerdetoets.OmgekeerdeToetsApplication;
import nl.omgekeerdetoets.support.TestDatabase;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.support.TestFixtures.TestAccount;
import nl.omgekeerdetoets.support.TestFixtures.TestTeam;
import nl.omgekeerdetoets.teams.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: two instances of the app on one PostgreSQL, as behind a load balancer that
 * sends each request wherever it likes. The test's own app is the first; a second one is
 * started here on another port against the same database. One cookie jar talks to both,
 * as a browser does to one host name.
 */
@BrowserTest
class TwoInstancesTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static ConfigurableApplicationContext second;

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void startASecondInstance() {
		TestDatabase.Connection database = TestDatabase.get();
		second = new SpringApplicationBuilder(OmgekeerdeToetsApplication.class)
			.properties("server.port=0", "spring.datasource.url=" + database.url(),
					"spring.datasource.username=" + database.username(),
					"spring.datasource.password=" + database.password())
			.run();
	}

	@AfterAll
	static void stopTheSecondInstance() {
		if (second != null) {
			second.close();
		}
	}

	int secondPort() {
		return ((WebServerApplicationContext) second).getWebServer().getPort();
	}

	@Test
	void aSessionStartedOnOneInstanceContinuesOnTheOther() throws Exception {
		TestAccount consultant = this.fixtures.account(Role.CONSULTANT, this.fixtures.team());
		HttpBrowser first = new HttpBrowser(this.port);
		first.signIn(consultant);
		// The same cookie jar, the other instance: the session is in PostgreSQL.
		HttpBrowser other = first.on(secondPort());
		HttpResponse<String> cases = other.send(other.page("/cases"));
		assertThat(cases.statusCode()).isEqualTo(200);
		assertThat(cases.body()).contains(consultant.getDisplayName());
		// Signing out on the second ends it on the first too.
		logOut(other);
		assertThat(first.send(first.page("/cases")).statusCode()).isEqualTo(302);
	}

	@Test
	void aLockoutCountsTheGuessesOnBothInstances() throws Exception {
		TestAccount consultant = this.fixtures.account(Role.CONSULTANT, this.fixtures.team());
		HttpBrowser first = new HttpBrowser(this.port);
		HttpBrowser other = first.on(secondPort());
		// Five wrong passwords, spread over both instances.
		for (int i = 0; i < 5; i++) {
			HttpBrowser browser = (i % 2 == 0) ? first : other;
			assertThat(signIn(browser, consultant.getUsername(), "wrong-" + i)).endsWith("/login?error");
		}
		// The right password is now refused on either.
		assertThat(signIn(other, consultant.getUsername(), TestFixtures.PASSWORD)).endsWith("/login?error");
		assertThat(signIn(first, consultant.getUsername(), TestFixtures.PASSWORD)).endsWith("/login?error");
	}

	@Test
	void anEditOnOneInstanceIsNotOverwrittenFromTheOther() throws Exception {
		TestTeam team = this.fixtures.team();
		TestAccount admin = this.fixtures.account(Role.ADMIN);
		HttpBrowser onFirst = new HttpBrowser(this.port);
		onFirst.signIn(admin);
		HttpBrowser onSecond = new HttpBrowser(secondPort());
		onSecond.signIn(admin);
		String edit = "/admin/teams/" + team.getId();
		String formOnFirst = onFirst.send(onFirst.page(edit)).body();
		String formOnSecond = onSecond.send(onSecond.page(edit)).body();

		assertThat(saveTeam(onFirst, edit, formOnFirst, "Wijkteam Noord").statusCode()).isEqualTo(302);
		HttpResponse<String> late = saveTeam(onSecond, edit, formOnSecond, "Wijkteam Zuid");
		assertThat(late.statusCode()).isEqualTo(200);
		assertThat(late.body()).contains("Iemand anders heeft dit intussen gewijzigd");
		assertThat(this.jdbc.sql("select name from team where id = ?").param(team.getId()).query(String.class).single())
			.isEqualTo("Wijkteam Noord");
	}

	private HttpResponse<String> saveTeam(HttpBrowser browser, String path, String form, String name) throws Exception {
		Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(form);
		assertThat(version.find()).isTrue();
		return browser.post(path, "_csrf=" + csrf(form) + "&version=" + version.group(1) + "&name="
				+ name.replace(' ', '+') + "&casesVisibleToMembers=true&_casesVisibleToMembers=on&caseloadThreshold=");
	}

	private static String signIn(HttpBrowser browser, String username, String password) throws Exception {
		String form = browser.send(browser.get("/login")).body();
		HttpResponse<String> response = browser.post("/login",
				"username=" + username + "&password=" + password + "&_csrf=" + csrf(form));
		return response.headers().firstValue("Location").orElse("");
	}

	private static void logOut(HttpBrowser browser) throws Exception {
		String page = browser.send(browser.page("/cases")).body();
		assertThat(browser.post("/logout", "_csrf=" + csrf(page)).statusCode()).isEqualTo(302);
	}

	private static String csrf(String page) {
		Matcher token = CSRF.matcher(page);
		assertThat(token.find()).as("a CSRF token in the page").isTrue();
		return java.net.URLEncoder.encode(token.group(1), java.nio.charset.StandardCharsets.UTF_8);
	}

}
