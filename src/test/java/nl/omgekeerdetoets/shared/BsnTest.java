package nl.omgekeerdetoets.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

	/**
	 * Ways the probe of issue 16 (and a few more) wrote 123456782 or 111111122 to slip
	 * past the check.
	 */
	@ParameterizedTest(name = "[{index}] {0}")
	@ValueSource(strings = { "123456782", "123.456.782", "123 456 782", "BSN:123456782", "nr.123456782",
			"bsn.123456782", "12 34 56 782", "123 45 6782", "123  456  782", "123\u00a0456\u00a0782", "123/456/782",
			"123_456_782", "123-456-782", "123 - 456 - 782", "１２３４５６７８２", "１２３ ４５６ ７８２", "1234\u200b56782",
			"123\u200b456\u200b782", "123\u00ad456782", "12\u2060345\u2060 6782", "123\u2013456\u2013782",
			"123\u202f456\u202f782", "2024 123456782", "nummer 2024 123 456 782 bekend", "1 2 3 4 5 6 7 8 2",
			"x123456782y", "zie 111111122.", "111.111.122", "(123456782)", "BSN\t123\t456\t782", "123\n456\n782",
			"\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0662" })
	void findsEverySpellingOfABsn(String text) {
		assertThat(Bsn.occursIn(text)).as(text).isTrue();
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@ValueSource(strings = { "Bel 0612345678", "06-12345678", "020 123 4567", "+31 6 1234 5678", "€ 1.234.567,82",
			"kosten 123456789", "12-03-2026 om 14:30", "2026-03-12", "reference 2026-0042", "NL91ABNA0417164300",
			"postcode 1234 AB, huisnummer 56", "1123456782", "123 456 78", "123    456 782" })
	void leavesOrdinaryNumbersAlone(String text) {
		assertThat(Bsn.findIn(text)).as(text).isEmpty();
	}

	@Test
	void reportsTheNumberAsWritten() {
		assertThat(Bsn.findIn("nr.１２３ ４５６ ７８２!")).containsExactly("１２３ ４５６ ７８２");
		assertThat(Bsn.findIn("2024 123456782")).containsExactly("123456782");
	}

}
