package nl.omgekeerdetoets.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headless Chromium from the machine (see .ci/run), driven by Selenium without Selenium
 * Manager, which would try the network first. The browser is {@code CHROME_BIN} if set,
 * else the first of {@code chromium}, {@code chromium-browser} and {@code google-chrome}
 * on the PATH; the driver is {@code CHROMEDRIVER} if set, else {@code chromedriver} on
 * the PATH.
 */
final class Browser {

	private static final List<String> BROWSERS = List.of("chromium", "chromium-browser", "google-chrome");

	private Browser() {
	}

	/**
	 * A fresh browser, which waits for nothing by itself: the page objects wait
	 * explicitly. Where Chromium is not found the test is skipped on a developer's
	 * machine, but fails on CI, where .ci/run installs it: a browser journey is never
	 * silently left out there.
	 */
	static WebDriver start(String language) {
		List<String> problems = new ArrayList<>();
		Optional<File> chromium = find("Chromium", "CHROME_BIN", BROWSERS, problems);
		Optional<File> chromedriver = find("ChromeDriver", "CHROMEDRIVER", List.of("chromedriver"), problems);
		if (!problems.isEmpty()) {
			String problem = String.join("; ", problems) + " (.ci/run installs them)";
			if (System.getenv("CI") == null) {
				Assumptions.abort(problem);
			}
			throw new IllegalStateException(problem);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium.orElseThrow());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,1000", "--lang=" + language);
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(chromedriver.orElseThrow())
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}

	/**
	 * The executable the environment variable names, or else the first of these names on
	 * the PATH. A variable that names no executable counts as not found rather than
	 * falling back, so a wrong setting is noticed; what was not found is added to the
	 * problems.
	 */
	private static Optional<File> find(String what, String variable, List<String> names, List<String> problems) {
		String configured = System.getenv(variable);
		if (configured != null && !configured.isBlank()) {
			File file = new File(configured);
			if (file.isFile() && file.canExecute()) {
				return Optional.of(file);
			}
			problems.add(what + " not found: " + variable + "=" + configured + " is not an executable file");
			return Optional.empty();
		}
		List<String> path = List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator));
		for (String name : names) {
			for (String directory : path) {
				if (directory.isBlank()) {
					continue;
				}
				for (String candidate : List.of(name, name + ".exe")) {
					File file = new File(directory, candidate);
					if (file.isFile() && file.canExecute()) {
						return Optional.of(file);
					}
				}
			}
		}
		problems.add(what + " not found: " + variable + " is not set and none of " + String.join(", ", names)
				+ " is on the PATH");
		return Optional.empty();
	}

	/** Keeps a picture of the page in target/screenshots, to look at what users see. */
	static void screenshot(WebDriver driver, String name) {
		try {
			Path target = Path.of("target", "screenshots", name + ".png");
			Files.createDirectories(target.getParent());
			Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Downloads what a link points at, with the browser's session, as the browser would
	 * on a click; a headless browser keeps downloads where a test cannot read them.
	 * Asserts a PDF came back.
	 */
	static byte[] downloadPdf(WebDriver driver, String href) {
		String cookies = driver.manage()
			.getCookies()
			.stream()
			.map((cookie) -> cookie.getName() + "=" + cookie.getValue())
			.collect(Collectors.joining("; "));
		try {
			HttpResponse<byte[]> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(href))
					.header("Cookie", cookies)
					.header("Accept-Language", "nl")
					.build(), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
			return response.body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
