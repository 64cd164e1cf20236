package nl.omgekeerdetoets.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a user sees goes through the message bundles, complete in Dutch and English.
 */
class I18nMessagesTest {

	private static final Path BUNDLES = Path.of("src/main/resources/i18n");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/**
	 * Text between tags that holds a letter is literal text a translator cannot reach.
	 */
	private static final Pattern LITERAL_TEXT = Pattern.compile(">([^<>]*\\p{L}[^<>]*)<");

	/** Attributes a screen reader or browser shows, written without th:. */
	private static final Pattern LITERAL_ATTRIBUTE = Pattern
		.compile("(?<![:\\w-])(placeholder|title|alt|aria-label)=\"[^\"]*\\p{L}");

	/** Message keys written literally in templates: #{key} or #{key(...)}. */
	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([\\w.]+)[}(]");

	@Test
	void everyBundleHasTheSameKeysInDutchAndEnglish() throws IOException {
		for (String bundle : bundleNames()) {
			Set<String> dutch = keys(BUNDLES.resolve(bundle + ".properties"));
			Set<String> english = keys(BUNDLES.resolve(bundle + "_en.properties"));
			assertThat(english).as("keys of %s_en missing from %s (Dutch)", bundle, bundle).isSubsetOf(dutch);
			assertThat(dutch).as("keys of %s missing from %s_en (English)", bundle, bundle).isSubsetOf(english);
		}
	}

	@Test
	void noMessageIsEmpty() throws IOException {
		for (String bundle : bundleNames()) {
			for (String file : List.of(bundle + ".properties", bundle + "_en.properties")) {
				Properties properties = load(BUNDLES.resolve(file));
				properties.forEach(
						(key, value) -> assertThat(value.toString().strip()).as("%s in %s", key, file).isNotEmpty());
			}
		}
	}

	@Test
	void templatesHoldNoLiteralText() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			String html = Files.readString(template).replaceAll("(?s)<!--.*?-->", "");
			Matcher text = LITERAL_TEXT.matcher(html);
			while (text.find()) {
				problems.add(TEMPLATES.relativize(template) + ": text '" + text.group(1).strip() + "'");
			}
			Matcher attribute = LITERAL_ATTRIBUTE.matcher(html);
			while (attribute.find()) {
				problems.add(TEMPLATES.relativize(template) + ": attribute " + attribute.group());
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyKeyATemplateNamesExists() throws IOException {
		Set<String> known = new TreeSet<>();
		for (String bundle : bundleNames()) {
			known.addAll(keys(BUNDLES.resolve(bundle + ".properties")));
		}
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher key = MESSAGE_KEY.matcher(Files.readString(template));
			while (key.find()) {
				if (!known.contains(key.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + key.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void applicationPropertiesListsEveryBundle() throws IOException {
		String basenames = load(Path.of("src/main/resources/application.properties"))
			.getProperty("spring.messages.basename");
		assertThat(Set.of(basenames.split(",")))
			.containsExactlyInAnyOrderElementsOf(bundleNames().stream().map((name) -> "i18n/" + name).toList());
	}

	private static List<String> bundleNames() throws IOException {
		try (Stream<Path> files = Files.list(BUNDLES)) {
			return files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.endsWith(".properties") && !name.contains("_"))
				.map((name) -> name.substring(0, name.length() - ".properties".length()))
				.sorted()
				.toList();
		}
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((file) -> file.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Set<String> keys(Path file) throws IOException {
		Set<String> keys = new TreeSet<>();
		load(file).keySet().forEach((key) -> keys.add(key.toString()));
		return keys;
	}

	private static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
