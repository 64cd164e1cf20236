package nl.omgekeerdetoets.teams;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be. Length beats complexity rules (NIST SP 800-63B); 12 is the
 * minimum the municipality's security officer asked for. Beyond length, 800-63B asks to
 * refuse passwords that are commonly used, expected or compromised: a shipped list of
 * common passwords, a single repeated character or pattern, a sequence (1234…, abcd…,
 * qwerty…), the person's own username or name, or the app's name.
 * <p>
 * bcrypt reads only the first {@value #MAX_BYTES} bytes of a password, and Spring
 * Security refuses longer ones with an exception: the limit is checked here, in UTF-8
 * bytes, so the user gets a field message instead of an error page.
 */
final class PasswordRules {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 72;

	static final int MAX_BYTES = 72;

	/** Words of the app's name: staff would pick them first. */
	private static final List<String> APP_WORDS = List.of("omgekeerde", "omgekeerdetoets", "reversetest");

	private static final List<String> SEQUENCES = List.of("abcdefghijklmnopqrstuvwxyz", "0123456789", "qwertyuiop",
			"asdfghjkl", "zxcvbnm", "azertyuiop", "qsdfghjklm", "wxcvbn", "1qaz2wsx3edc4rfv5tgb6yhn7ujm",
			"qazwsxedcrfvtgbyhnujmikolp");

	private static final Set<String> COMMON = load("teams/common-passwords.txt");

	private PasswordRules() {
	}

	/**
	 * Why this password is refused, as a message key, or empty when it is fine. The
	 * length in characters is checked on the form; this checks everything else.
	 * @param personal the username and display name of the account it is for
	 */
	static Optional<String> problem(String password, String... personal) {
		if (password == null || password.isEmpty()) {
			return Optional.empty();
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of("password.tooLong");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (isRepetition(lower)) {
			return Optional.of("password.repetitive");
		}
		if (isSequence(lower)) {
			return Optional.of("password.sequence");
		}
		String letters = lower.replaceAll("[^\\p{L}\\p{N}]", "");
		for (String value : personal) {
			if (value == null) {
				continue;
			}
			for (String part : value.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
				if (part.length() >= 4 && letters.contains(part)) {
					return Optional.of("password.personal");
				}
			}
		}
		if (APP_WORDS.stream().anyMatch(letters::contains)) {
			return Optional.of("password.common");
		}
		if (isCommon(lower)) {
			return Optional.of("password.common");
		}
		return Optional.empty();
	}

	/**
	 * On the list as typed, or once the digits and symbols around it are taken off and
	 * common letter-for-digit swaps undone: "Welkom2026!" and "P4ssw0rd!!" are as weak as
	 * the word inside them.
	 */
	private static boolean isCommon(String lower) {
		if (COMMON.contains(lower)) {
			return true;
		}
		String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
		return COMMON.contains(unleet(lower)) || (core.length() >= 3
				&& (COMMON.contains(core) || COMMON.contains(unleet(core).replaceAll("[^\\p{L}]+$", ""))));
	}

	private static String unleet(String text) {
		StringBuilder plain = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			plain.append(switch (c) {
				case '@', '4' -> 'a';
				case '0' -> 'o';
				case '1', '!' -> 'i';
				case '3' -> 'e';
				case '$', '5' -> 's';
				case '7' -> 't';
				default -> c;
			});
		}
		return plain.toString();
	}

	/**
	 * One short unit written over and over: "aaaaaaaaaaaa", "abcabcabcabc",
	 * "jan-jan-jan-".
	 */
	private static boolean isRepetition(String lower) {
		for (int unit = 1; unit <= lower.length() / 2; unit++) {
			boolean repeats = true;
			for (int i = unit; i < lower.length() && repeats; i++) {
				repeats = lower.charAt(i) == lower.charAt(i - unit);
			}
			if (repeats) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Every character the next one of a known row, in one direction, going round at the
	 * end: "123456789012", "abcdefghijkl", "poiuytrewqas".
	 */
	private static boolean isSequence(String lower) {
		for (String row : SEQUENCES) {
			for (int direction : new int[] { 1, -1 }) {
				boolean follows = true;
				for (int i = 1; i < lower.length() && follows; i++) {
					int previous = row.indexOf(lower.charAt(i - 1));
					int current = row.indexOf(lower.charAt(i));
					follows = previous >= 0 && current >= 0
							&& Math.floorMod(previous + direction, row.length()) == current;
				}
				if (follows) {
					return true;
				}
			}
		}
		return false;
	}

	private static Set<String> load(String resource) {
		Set<String> words = new HashSet<>();
		try (InputStream in = PasswordRules.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + resource);
			}
			new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.map((line) -> line.toLowerCase(Locale.ROOT))
				.forEach(words::add);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return words;
	}

}
