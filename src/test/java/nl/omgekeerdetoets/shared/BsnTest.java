package nl.omgekeerdetoets.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BsnTest {

	@Test
	void numbersThatPassTheElevenTestAreBsns() {
		// 9·1 + 8·1 + 7·1 + 6·1 + 5·1 + 4·1 + 3·1 + 2·2 − 1·2 = 44 = 4 · 11
		assertThat(Bsn.isValid("111111122")).isTrue();
		assertThat(Bsn.isValid("123456782")).isTrue();
	}

	@Test
	void numbersThatFailTheElevenTestAreNot() {
		assertThat(Bsn.isValid("123456789")).isFalse();
		assertThat(Bsn.isValid("111111121")).isFalse();
		assertThat(Bsn.isValid("000000000")).isFalse();
		assertThat(Bsn.isValid("12345678")).isFalse();
	}

	@Test
	void findsBsnsInTextAlsoWhenGrouped() {
		assertThat(Bsn.findIn("BSN 123456782 van mevrouw")).containsExactly("123456782");
		assertThat(Bsn.findIn("bsn: 123.456.782")).containsExactly("123.456.782");
		assertThat(Bsn.findIn("1234 56 782")).containsExactly("1234 56 782");
	}

	@Test
	void ignoresOtherNumbers() {
		assertThat(Bsn.findIn("Bel 0612345678 of kom langs op 12-03-2026")).isEmpty();
		assertThat(Bsn.findIn("Kosten € 123456789")).isEmpty();
		assertThat(Bsn.findIn("mevr. J.")).isEmpty();
		assertThat(Bsn.findIn(null)).isEmpty();
		// Part of a longer number is no BSN.
		assertThat(Bsn.findIn("NL91ABNA04171234567823")).isEmpty();
	}

}
