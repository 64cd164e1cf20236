package nl.omgekeerdetoets.review;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A compliment must say what exactly was good. A stock phrase ("goed gedaan", "top",
 * "great job"), alone or nearly alone, is a pat on the back that teaches nobody anything;
 * it is refused with a question instead.
 */
final class ComplimentRules {

	/** How many words of its own a compliment needs besides stock phrases and filler. */
	static final int MIN_SPECIFIC_WORDS = 4;

	private static final List<String> STOCK_PHRASES = Arrays
		.stream(new String[] { "goed gedaan", "goed zo", "goed werk", "heel goed", "lekker bezig", "ga zo door",
				"petje af", "dank je wel", "dank je", "bedankt", "complimenten", "compliment", "top", "toppie",
				"topper", "super", "prima", "mooi", "knap", "netjes", "chapeau", "perfect", "uitstekend", "fantastisch",
				"geweldig", "great job", "good job", "well done", "nice work", "good work", "great work", "keep it up",
				"keep up the good work", "thank you", "thanks", "great", "nice", "awesome", "excellent", "amazing",
				"good", "goed" })
		.sorted(Comparator.comparingInt(String::length).reversed())
		.toList();

	private static final Set<String> FILLER = Set.copyOf(List.of("heel", "echt", "erg", "zeer", "hoor", "weer", "wat",
			"zo", "gewoon", "je", "jij", "u", "jou", "jullie", "dit", "dat", "het", "de", "een", "is", "was", "en",
			"hartstikke", "enorm", "zeker", "hoor", "zeg", "ook", "nou", "werk", "gedaan", "job", "very", "really",
			"so", "you", "your", "this", "that", "it", "a", "the", "and", "is", "was", "again", "too", "work", "done",
			"all", "of", "for", "met", "van", "voor", "op", "in"));

	private ComplimentRules() {
	}

	/**
	 * Whether the text is only a stock phrase, perhaps with some filler words around it.
	 */
	static boolean isStockPhrase(String text) {
		if (text == null) {
			return true;
		}
		String plain = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKC)
			.replaceAll("[^\\p{L}\\p{N}\\s]", " ");
		String padded = " " + plain.replaceAll("\\s+", " ").strip() + " ";
		for (String phrase : STOCK_PHRASES) {
			padded = padded.replace(" " + phrase + " ", " ");
			padded = padded.replace(" " + phrase + " ", " ");
		}
		long ownWords = Arrays.stream(padded.strip().split(" "))
			.filter((word) -> !word.isBlank() && !FILLER.contains(word))
			.count();
		return ownWords < MIN_SPECIFIC_WORDS;
	}

}
