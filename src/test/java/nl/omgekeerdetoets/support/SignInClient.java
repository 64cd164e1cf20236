package nl.omgekeerdetoets.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser without a browser for the single sign-on tests: plain HTTP with one cookie
 * jar for the app (at {@code 127.0.0.1}) and the provider (at {@code localhost}), which
 * follows the code flow's redirects itself and remembers where they went. Signs in either
 * way: at the provider, or with the app's own password.
 */
public final class SignInClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:type=\"hidden\" )?value=\"([^\"]+)\"");

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String app;

	/** Every address the last sign-in passed, in order. */
	private final List<URI> trail = new ArrayList<>();

	public SignInClient(int appPort) {
		this.app = "http://127.0.0.1:" + appPort;
	}

	public String app() {
		return this.app;
	}

	public List<URI> trail() {
		return List.copyOf(this.trail);
	}

	/**
	 * Presses the login page's provider button, signs in at the provider's form (unless
	 * still signed in there) and follows the redirects back to the app; returns the app's
	 * page it ends on.
	 */
	public URI signInAtProvider(String username) throws IOException, InterruptedException {
		return signInAtProvider(username, "");
	}

	/**
	 * The same, from a button that carries this query, such as the step page to go back
	 * to ({@code ?continue=...}).
	 */
	public URI signInAtProvider(String username, String query) throws IOException, InterruptedException {
		this.trail.clear();
		URI at = follow(URI.create(this.app + "/oauth2/authorization/" + SsoProvider.REGISTRATION + query));
		if (at.toString().startsWith(this.app)) {
			// Still signed in at the provider: it sent the browser straight back.
			return at;
		}
		assertThat(at.getPath()).as("the provider's login form").isEqualTo("/login");
		String form = send(HttpRequest.newBuilder(at).GET().build()).body();
		HttpResponse<String> posted = send(HttpRequest.newBuilder(at)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password="
					+ encode(SsoProvider.PASSWORD) + "&_csrf=" + encode(csrf(form))))
			.build());
		assertThat(posted.statusCode()).as("the provider's answer to its form").isEqualTo(302);
		return follow(at.resolve(posted.headers().firstValue("Location").orElseThrow()));
	}

	/** Signs in with the app's login form; returns where it led. */
	public String signInWithPassword(String username, String password) throws IOException, InterruptedException {
		// The form's own address also where local passwords are off (the break-glass
		// path).
		String form = get("/login?local").body();
		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(this.app + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(
					"username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf(form))))
			.build());
		assertThat(response.statusCode()).isEqualTo(302);
		return response.headers().firstValue("Location").orElse("");
	}

	/** Logs out with the form on a page; returns where the logout sent the browser. */
	public URI logOut() throws IOException, InterruptedException {
		String page = get("/").body();
		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(this.app + "/logout"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + encode(csrf(page))))
			.build());
		assertThat(response.statusCode()).isEqualTo(302);
		return URI.create(this.app).resolve(response.headers().firstValue("Location").orElseThrow());
	}

	/**
	 * Sends a form from the page at {@code formPage} to {@code path}, with that page's
	 * CSRF token, as a browser does; {@code fields} are already encoded.
	 */
	public HttpResponse<String> post(String formPage, String path, String fields)
			throws IOException, InterruptedException {
		String page = get(formPage).body();
		return send(HttpRequest.newBuilder(URI.create(this.app + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept-Language", "nl")
			.POST(HttpRequest.BodyPublishers.ofString(fields + "&_csrf=" + encode(csrf(page))))
			.build());
	}

	/** A page of the app, as a Dutch browser asks for it, without following redirects. */
	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(this.app + path))
			.header("Accept", "text/html")
			.header("Accept-Language", "nl")
			.GET()
			.build());
	}

	/**
	 * Follows redirects from here until a page answers, and returns that page's address.
	 */
	public URI follow(URI start) throws IOException, InterruptedException {
		URI at = start;
		for (int hops = 0; hops < 10; hops++) {
			this.trail.add(at);
			HttpResponse<String> response = send(HttpRequest.newBuilder(at)
				.header("Accept", "text/html")
				.header("Accept-Language", "nl")
				.GET()
				.build());
			if (response.statusCode() != 302) {
				return at;
			}
			at = at.resolve(response.headers().firstValue("Location").orElseThrow());
		}
		throw new AssertionError("More than 10 redirects: " + this.trail);
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return this.client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static String csrf(String page) {
		Matcher token = CSRF.matcher(page);
		assertThat(token.find()).as("a CSRF token in the page").isTrue();
		return token.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
