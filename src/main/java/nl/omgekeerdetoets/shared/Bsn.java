package nl.omgekeerdetoets.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a Dutch citizen service number (BSN) in text, so it can be refused before it
 * is stored: the AVG allows the app to know a resident only by a pseudonym or initials. A
 * BSN is nine digits that pass the eleven-test; people also write them with dots or
 * spaces between groups (123.456.782).
 */
public final class Bsn {

	/**
	 * Nine digits, optionally grouped 3-3-3 or 4-2-3 with a dot, space or hyphen, not
	 * part of a longer number.
	 */
	private static final Pattern CANDIDATE = Pattern
		.compile("(?<![\\d.])(\\d{3}[ .-]?\\d{3}[ .-]?\\d{3}|\\d{4}[ .-]?\\d{2}[ .-]?\\d{3})(?![\\d])");

	private Bsn() {
	}

	/**
	 * Whether these nine digits pass the eleven-test (9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a
	 * multiple of 11).
	 */
	public static boolean isValid(String digits) {
		if (digits == null || !digits.matches("\\d{9}") || digits.equals("000000000")) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			sum += (9 - i) * (digits.charAt(i) - '0');
		}
		sum -= digits.charAt(8) - '0';
		return sum % 11 == 0;
	}

	/** The BSN-like numbers in the text, as written. */
	public static List<String> findIn(String text) {
		List<String> found = new ArrayList<>();
		if (text == null) {
			return found;
		}
		Matcher matcher = CANDIDATE.matcher(text);
		while (matcher.find()) {
			if (isValid(matcher.group(1).replaceAll("[ .-]", ""))) {
				found.add(matcher.group(1));
			}
		}
		return found;
	}

	public static boolean occursIn(String text) {
		return !findIn(text).isEmpty();
	}

}
