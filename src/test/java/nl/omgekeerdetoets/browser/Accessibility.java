package nl.omgekeerdetoets.browser;

import java.time.Duration;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the browser tour checks on every page beyond "it renders": WCAG 2.1 A and AA as
 * axe-core measures them, reflow at 320 CSS pixels (1.4.10), which axe cannot see, and
 * the contrast of form borders and the focus ring against their background (1.4.11),
 * which axe does not check either.
 */
final class Accessibility {

	static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private Accessibility() {
	}

	private static String script(String name) {
		try (var in = Accessibility.class.getResourceAsStream("/browser/" + name)) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** axe-core's violations on the page as shown, one line per rule with where. */
	static List<String> violations(WebDriver driver) {
		Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
		return results.getViolations().stream().map(Accessibility::describe).toList();
	}

	private static String describe(Rule rule) {
		return rule.getId() + " (" + rule.getHelp() + "): "
				+ rule.getNodes().stream().map(Accessibility::describe).collect(Collectors.joining(" | "));
	}

	private static String describe(CheckedNode node) {
		return node.getTarget() + " " + String.valueOf(node.getFailureSummary()).replace('\n', ' ');
	}

	/**
	 * What makes the page wider than a 320 px viewport, or nothing when it reflows: the
	 * page is shown at that width and measured, then the window is put back. Names the
	 * innermost elements that stick out, which is where a fix goes.
	 */
	static String overflowAt320(WebDriver driver) {
		Dimension before = driver.manage().window().getSize();
		try {
			driver.manage().window().setSize(new Dimension(320 + chrome(driver), before.getHeight()));
			// The resize reaches the page's layout asynchronously: measured at once, a
			// page
			// was sometimes still laid out for the old width (8 px over, no element
			// found).
			try {
				new WebDriverWait(driver, Duration.ofSeconds(2))
					.until((d) -> ((Number) ((JavascriptExecutor) d).executeScript("return window.innerWidth;"))
						.intValue() <= 321);
			}
			catch (org.openqa.selenium.TimeoutException ex) {
				// Measured as it is: the report says how much wider than the viewport.
			}
			((JavascriptExecutor) driver).executeAsyncScript(
					"var done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done()));");
			return (String) ((JavascriptExecutor) driver).executeScript(OVERFLOW);
		}
		finally {
			driver.manage().window().setSize(before);
		}
	}

	private static final String OVERFLOW = script("overflow.js");

	/**
	 * Form controls whose border, or whose focus ring (the better of its two tones), does
	 * not reach 3:1 against the background next to it, one line each. The first control
	 * of each kind is focused to read its ring, then left again.
	 */
	@SuppressWarnings("unchecked")
	static List<String> nonTextContrast(WebDriver driver) {
		return (List<String>) ((JavascriptExecutor) driver).executeScript(NON_TEXT_CONTRAST);
	}

	private static final String NON_TEXT_CONTRAST = script("non-text-contrast.js");

	/**
	 * The colours of the links in the page's main part (plain links and link buttons,
	 * outside alerts and the start page's tiles, which colour their own): one colour, not
	 * Bootstrap's next to the house colour.
	 */
	@SuppressWarnings("unchecked")
	static List<String> linkColours(WebDriver driver) {
		return (List<String>) ((JavascriptExecutor) driver).executeScript(
				"return [...new Set([...document.querySelectorAll('main a:not(.btn):not(.tile), main .btn-link')]"
						+ ".filter((a) => !a.closest('.alert') && a.offsetParent !== null)"
						+ ".map((a) => getComputedStyle(a).color))];");
	}

	/** The window's width outside the viewport, so that the viewport itself is 320 px. */
	private static int chrome(WebDriver driver) {
		Object inner = ((JavascriptExecutor) driver).executeScript("return window.outerWidth - window.innerWidth;");
		return ((Number) inner).intValue();
	}

}
