package nl.omgekeerdetoets.shared;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Recognises a Dutch citizen service number (BSN) in text, so it can be refused before it
 * is stored: the AVG allows the app to know a resident only by a pseudonym or initials. A
 * BSN is nine digits that pass the eleven-test.
 * <p>
 * People (and people trying to get past a check) write those nine digits in many ways:
 * grouped with dots, spaces, hyphens, slashes or underscores, with double or no-break
 * spaces, in full-width digits, with an invisible zero-width character in between, or
 * glued to a label ({@code nr.123456782}). So the text is first normalised (Unicode NFKC,
 * which turns full-width digits and no-break spaces into plain ones, and format
 * characters such as the zero-width space are dropped), and then every group of digits is
 * looked at together with its neighbours.
 * <p>
 * The choice that keeps false positives reasonable: digits separated by at most
 * {@value #MAX_SEPARATOR_RUN} separator characters belong to one number, written in
 * groups. Every run of <em>whole</em> groups that together hold exactly nine digits is a
 * candidate ({@code 2024 123456782} and {@code 12 34 56 782} are caught). A single group
 * of more than nine digits without any separator ({@code 0612345678}, an IBAN's account
 * part, {@code 1123456782}) is a different, longer number and is not cut into windows:
 * one in eleven of those windows would pass the eleven-test, and the app would refuse
 * ordinary phone and account numbers as BSNs.
 */
public final class Bsn {

	/** More separators than this in a row end the number: "123 - 456" still counts. */
	static final int MAX_SEPARATOR_RUN = 3;

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

	/** The BSN-like numbers in the text, as written (with their separators). */
	public static List<String> findIn(String text) {
		List<String> found = new ArrayList<>();
		if (text == null) {
			return found;
		}
		List<Group> number = new ArrayList<>();
		int separators = 0;
		int offset = 0;
		while (offset < text.length()) {
			int codePoint = text.codePointAt(offset);
			int next = offset + Character.charCount(codePoint);
			String normalised = normalise(codePoint);
			for (int i = 0; i < normalised.length(); i++) {
				char c = normalised.charAt(i);
				int digit = Character.isDigit(c) ? Character.digit(c, 10) : -1;
				if (digit >= 0) {
					Group last = number.isEmpty() ? null : number.get(number.size() - 1);
					if (last != null && separators == 0) {
						last.add(digit, next);
					}
					else {
						if (separators > MAX_SEPARATOR_RUN) {
							collect(text, number, found);
							number.clear();
						}
						number.add(new Group(offset, next, digit));
					}
					separators = 0;
				}
				else if (isSeparator(c) && !number.isEmpty()) {
					separators++;
				}
				else {
					collect(text, number, found);
					number.clear();
					separators = 0;
				}
			}
			offset = next;
		}
		collect(text, number, found);
		return found;
	}

	public static boolean occursIn(String text) {
		return !findIn(text).isEmpty();
	}

	/**
	 * One code point in its compatibility form; format characters (zero-width space, soft
	 * hyphen, direction marks) vanish, because they are invisible to the reader.
	 */
	private static String normalise(int codePoint) {
		if (Character.getType(codePoint) == Character.FORMAT) {
			return "";
		}
		return Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFKC);
	}

	private static boolean isSeparator(char c) {
		// Not the comma: "1.234.567,82" is an amount, and a list "12, 34" is two numbers.
		return Character.isWhitespace(c) || Character.isSpaceChar(c)
				|| Character.getType(c) == Character.DASH_PUNCTUATION || "./_·•'".indexOf(c) >= 0;
	}

	/**
	 * Every run of whole groups with nine digits in total that passes the eleven-test.
	 */
	private static void collect(String text, List<Group> number, List<String> found) {
		for (int first = 0; first < number.size(); first++) {
			StringBuilder digits = new StringBuilder();
			for (int last = first; last < number.size() && digits.length() < 9; last++) {
				digits.append(number.get(last).digits);
				if (digits.length() == 9 && isValid(digits.toString())) {
					found.add(text.substring(number.get(first).start, number.get(last).end));
				}
			}
		}
	}

	/**
	 * Digits written without a separator between them, and where they stand in the text.
	 */
	private static final class Group {

		private final int start;

		private int end;

		private final StringBuilder digits = new StringBuilder();

		Group(int start, int end, int digit) {
			this.start = start;
			this.end = end;
			this.digits.append(digit);
		}

		void add(int digit, int end) {
			this.digits.append(digit);
			this.end = end;
		}

	}

}
