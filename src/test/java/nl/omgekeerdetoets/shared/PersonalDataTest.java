package nl.omgekeerdetoets.shared;

import nl.omgekeerdetoets.shared.PersonalData.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataTest {

	@Test
	void findsABsnByTheElevenTest() {
		assertThat(PersonalData.findIn("Zijn BSN is 123.456.782.", null)).extracting(PersonalData.Finding::kind)
			.containsExactly(Kind.BSN);
		assertThat(PersonalData.findIn("Dossiernummer 123456789", null)).isEmpty();
	}

	@Test
	void findsPostcodes() {
		assertThat(PersonalData.findIn("Woont in 1234 AB Utrecht", null)).extracting(PersonalData.Finding::text)
			.containsExactly("1234 AB");
		assertThat(PersonalData.findIn("woont op 1234AB", null)).extracting(PersonalData.Finding::kind)
			.containsExactly(Kind.POSTCODE);
		assertThat(PersonalData.findIn("In 2026 en 2027 liep het goed", null)).isEmpty();
	}

	@Test
	void findsPhoneNumbers() {
		assertThat(PersonalData.findIn("Bel 06-12345678 of 020 123 4567 of +31 6 1234 5678", null))
			.extracting(PersonalData.Finding::kind)
			.containsOnly(Kind.PHONE)
			.hasSize(3);
	}

	@Test
	void findsEmailAddresses() {
		assertThat(PersonalData.findIn("Mail naar j.jansen@example.org graag", null))
			.extracting(PersonalData.Finding::text)
			.containsExactly("j.jansen@example.org");
	}

	@Test
	void findsDatesThatCouldBeADateOfBirth() {
		assertThat(PersonalData.findIn("geboren op 12-03-1948", null)).extracting(PersonalData.Finding::kind)
			.containsExactly(Kind.DATE_OF_BIRTH);
		assertThat(PersonalData.findIn("geboren 3 maart 1948", null)).extracting(PersonalData.Finding::kind)
			.containsExactly(Kind.DATE_OF_BIRTH);
		assertThat(PersonalData.findIn("Na drie maanden was het effect bereikt", null)).isEmpty();
	}

	@Test
	void findsTheResidentsPseudonymWhateverTheCase() {
		assertThat(PersonalData.findIn("Zoals MEVR. J. zelf zei", "mevr. J.")).extracting(PersonalData.Finding::kind)
			.containsExactly(Kind.RESIDENT);
		assertThat(PersonalData.findIn("Een oudere vrouw wilde weer naar de markt", "mevr. J.")).isEmpty();
	}

	@Test
	void cleanTextHasNoFindings() {
		assertThat(PersonalData.findIn(
				"Een oudere inwoner vroeg een scootmobiel; het effect was gezelschap. Een maatje kostte € 450 per jaar.",
				"A.K."))
			.isEmpty();
	}

}
