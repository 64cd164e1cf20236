package nl.omgekeerdetoets.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

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
		List<String> tried = new ArrayList<>();
		Optional<File> chromium = find("CHROME_BIN", BROWSERS, tried);
		Optional<File> chromedriver = find("CHROMEDRIVER", List.of("chromedriver"), tried);
		if (chromium.isEmpty() || chromedriver.isEmpty()) {
			String problem = "Chromium and ChromeDriver are needed for the browser journeys (.ci/run installs them); tried "
					+ String.join(", ", tried);
			if (System.getenv("CI") == null) {
				Assumptions.abort(problem);
			}
			throw new IllegalStateException(problem);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium.get());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,1000", "--lang=" + language);
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.get())
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}

	/**
	 * The executable the environment variable names, or else the first of these names on
	 * the PATH. A variable that names no executable counts as not found rather than
	 * falling back, so a wrong setting is noticed.
	 */
	private static Optional<File> find(String variable, List<String> names, List<String> tried) {
		String configured = System.getenv(variable);
		if (configured != null && !configured.isBlank()) {
			tried.add("$" + variable + "=" + configured);
			File file = new File(configured);
			return file.isFile() && file.canExecute() ? Optional.of(file) : Optional.empty();
		}
		List<String> path = List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator));
		for (String name : names) {
			tried.add(name + " on the PATH");
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

}
