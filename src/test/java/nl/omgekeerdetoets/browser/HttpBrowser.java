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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser without a browser: plain HTTP with a cookie jar against the app on its real
 * port, for what MockMvc cannot show (the container's error dispatch, the server's own
 * threads). Redirects are not followed, so that a test sees them.
 */
final class HttpBrowser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient client;

	private final int port;

	HttpBrowser(int port) {
		this(port, new CookieManager());
	}

	private HttpBrowser(int port, CookieManager cookies) {
		this.port = port;
		this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/**
	 * The same browser, its cookies included, talking to the app on another port: as one
	 * host name behind a load balancer.
	 */
	HttpBrowser on(int otherPort) {
		return new HttpBrowser(otherPort,
				(CookieManager) this.client.cookieHandler().orElseThrow(IllegalStateException::new));
	}

	/** Sends a form as a browser does. */
	HttpResponse<String> post(String path, String form) throws Exception {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept-Language", "nl")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
	}

	/** Logs in through the login form, with its CSRF token, and returns where it led. */
	String signIn(TestAccount account) throws Exception {
		Matcher token = CSRF.matcher(send(get("/login")).body());
		assertThat(token.find()).as("the login form's CSRF token").isTrue();
		String form = "username=" + encode(account.getUsername()) + "&password=" + encode(TestFixtures.PASSWORD)
				+ "&_csrf=" + encode(token.group(1));
		HttpResponse<String> loggedIn = send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
		assertThat(loggedIn.statusCode()).isEqualTo(302);
		return loggedIn.headers().firstValue("Location").orElse("");
	}

	HttpResponse<String> send(HttpRequest request) throws Exception {
		return this.client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	java.util.concurrent.CompletableFuture<HttpResponse<String>> sendAsync(HttpRequest request) {
		return this.client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
	}

	HttpRequest get(String path) {
		return HttpRequest.newBuilder(uri(path)).GET().build();
	}

	/** A page as a Dutch browser asks for it. */
	HttpRequest page(String path) {
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
