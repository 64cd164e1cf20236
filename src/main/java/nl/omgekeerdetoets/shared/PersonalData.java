package nl.omgekeerdetoets.shared;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal data in text meant to be shared beyond the team (an exemplary case, a
 * casebook entry): BSNs by the eleven-test, postcodes, phone numbers, e-mail addresses,
 * dates (of birth), and the resident's pseudonym. It finds the patterns, not every way of
 * naming a person: the lead still reads the text before sharing it.
 */
public final class PersonalData {

	public enum Kind {

		BSN, POSTCODE, PHONE, EMAIL, DATE_OF_BIRTH, RESIDENT

	}

	/** What was found, as written, and where in the text (0-based). */
	public record Finding(Kind kind, String text, int position) {

		public String messageKey() {
			return "personalData." + this.kind.name();
		}

	}

	/**
	 * Dutch postcodes are written 1234 AB or 1234AB; lower-case letters would also catch
	 * "2026 en".
	 */
	private static final Pattern POSTCODE = Pattern.compile("(?<![\\d\\p{L}])[1-9]\\d{3} ?[A-Z]{2}(?![\\p{L}\\d])");

	private static final Pattern PHONE = Pattern
		.compile("(?<![\\d+])(?:\\+31|0031|0)[ -]?(?:\\(0\\))?[ -]?(?:\\d[ -]?){8}\\d(?!\\d)");

	private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\d._%+-]+@[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)+");

	private static final Pattern DATE = Pattern.compile("(?<!\\d)(?:\\d{1,2}[-/.]\\d{1,2}[-/.](?:19|20)\\d{2}"
			+ "|\\d{1,2} (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
			+ "|january|february|march|may|june|july|august|october) (?:19|20)\\d{2}"
			+ "|(?:19|20)\\d{2}-\\d{2}-\\d{2})(?!\\d)", Pattern.CASE_INSENSITIVE);

	private PersonalData() {
	}

	public static List<Finding> findIn(String text, String residentPseudonym) {
		List<Finding> findings = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return findings;
		}
		for (String bsn : Bsn.findIn(text)) {
			findings.add(new Finding(Kind.BSN, bsn, text.indexOf(bsn)));
		}
		// The patterns below are written for plain text: full-width digits, no-break
		// spaces and invisible characters would otherwise hide a phone number or date.
		String plain = normalise(text);
		add(findings, Kind.POSTCODE, POSTCODE.matcher(plain));
		add(findings, Kind.PHONE, PHONE.matcher(plain));
		add(findings, Kind.EMAIL, EMAIL.matcher(plain));
		add(findings, Kind.DATE_OF_BIRTH, DATE.matcher(plain));
		if (residentPseudonym != null && residentPseudonym.strip().length() >= 2) {
			String pseudonym = normalise(residentPseudonym.strip());
			int at = plain.toLowerCase(Locale.ROOT).indexOf(pseudonym.toLowerCase(Locale.ROOT));
			if (at >= 0) {
				findings.add(new Finding(Kind.RESIDENT, plain.substring(at, at + pseudonym.length()), at));
			}
		}
		findings.sort(java.util.Comparator.comparingInt(Finding::position));
		return findings;
	}

	/**
	 * The text in Unicode compatibility form (NFKC), without format characters such as
	 * the zero-width space.
	 */
	static String normalise(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\p{Cf}", "");
	}

	private static void add(List<Finding> findings, Kind kind, Matcher matcher) {
		while (matcher.find()) {
			String found = matcher.group().strip();
			// A BSN is also nine digits; report it once, as a BSN.
			if (findings.stream().noneMatch((f) -> f.kind() == Kind.BSN && normalise(f.text()).contains(found))) {
				findings.add(new Finding(kind, found, matcher.start()));
			}
		}
	}

}
