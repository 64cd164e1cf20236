package nl.omgekeerdetoets.review;

import java.util.List;

import nl.omgekeerdetoets.review.WordDiff.Part;
import nl.omgekeerdetoets.review.WordDiff.Part.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordDiffTest {

	@Test
	void wordsReplacedInTheMiddleAreOneDeletionAndOneInsertion() {
		assertThat(WordDiff.between("komt sinds de val niet meer buiten",
				"komt sinds de val alleen met haar dochter buiten"))
			.containsExactly(new Part(Kind.SAME, "komt sinds de val "), new Part(Kind.DELETED, "niet meer"),
					new Part(Kind.INSERTED, "alleen met haar dochter"), new Part(Kind.SAME, " buiten"));
	}

	@Test
	void aWordAddedAtTheEndIsOnlyAnInsertion() {
		assertThat(WordDiff.between("Weer buiten", "Weer buiten, elke dag"))
			.containsExactly(new Part(Kind.SAME, "Weer buiten"), new Part(Kind.INSERTED, ", elke dag"));
	}

	@Test
	void aWholeWordDeletedLeavesTheRestAsItWas() {
		assertThat(WordDiff.between("een hele lange zin", "een lange zin")).containsExactly(new Part(Kind.SAME, "een "),
				new Part(Kind.DELETED, "hele "), new Part(Kind.SAME, "lange zin"));
	}

	@Test
	void fromOrToNothingIsOneInsertionOrOneDeletion() {
		assertThat(WordDiff.between("", "nieuw antwoord")).containsExactly(new Part(Kind.INSERTED, "nieuw antwoord"));
		assertThat(WordDiff.between("oud antwoord", null)).containsExactly(new Part(Kind.DELETED, "oud antwoord"));
		assertThat(WordDiff.between(null, "")).isEmpty();
	}

	@Test
	void equalTextsAreOneUnchangedPart() {
		assertThat(WordDiff.between("regel een\nregel twee", "regel een\nregel twee"))
			.containsExactly(new Part(Kind.SAME, "regel een\nregel twee"));
	}

	@Test
	void thePartsPutTogetherGiveTheOldAndTheNewText() {
		String before = "Maatje zoeken · Buurtvereniging · 12 mei 2026\nFysiotherapie  regelen";
		String after = "Maatje zoeken · Welzijn Oost · 19 mei 2026\nFysiotherapie regelen\nHuisarts bellen";
		List<Part> parts = WordDiff.between(before, after);
		assertThat(text(parts, Kind.INSERTED)).isEqualTo(after);
		assertThat(text(parts, Kind.DELETED)).isEqualTo(before);
		assertThat(parts).extracting(Part::kind).contains(Kind.SAME, Kind.DELETED, Kind.INSERTED);
		// Neighbouring parts are never of the same kind.
		for (int i = 1; i < parts.size(); i++) {
			assertThat(parts.get(i).kind()).isNotEqualTo(parts.get(i - 1).kind());
		}
	}

	/** The text of the unchanged parts and the parts of this kind. */
	private static String text(List<Part> parts, Kind kind) {
		StringBuilder text = new StringBuilder();
		parts.stream().filter((p) -> p.kind() == Kind.SAME || p.kind() == kind).forEach((p) -> text.append(p.text()));
		return text.toString();
	}

}
