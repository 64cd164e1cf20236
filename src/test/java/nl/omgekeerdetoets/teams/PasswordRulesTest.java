package nl.omgekeerdetoets.teams;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordRulesTest {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "password1234, password.common", "Password1234!, password.common", "P@ssw0rd2026, password.common",
			"wachtwoord123, password.common", "Welkom2026!!, password.common", "feyenoord1908, password.common",
			"iloveyou12345, password.common", "omgekeerde-toets-1, password.common",
			"OmgekeerdeToets!, password.common", "aaaaaaaaaaaa, password.repetitive",
			"abcabcabcabc, password.repetitive", "passwordpassword, password.repetitive",
			"123456789012, password.sequence", "abcdefghijklm, password.sequence", "987654321098, password.sequence",
			"qwertyuiopqw, password.sequence", "jdevries-is-great, password.personal",
			"Jansen van Dam 2026, password.personal" })
	void refusesWeakPasswords(String password, String reason) {
		assertThat(PasswordRules.problem(password, "jdevries", "Anna Jansen")).contains(reason);
	}

	@ParameterizedTest
	@ValueSource(strings = { "correct-horse-battery", "Fietsen langs de Vecht", "mijn kat heet Pluis 42",
			"change-this-password-now", "zeven blauwe olifanten" })
	void acceptsPassphrases(String password) {
		assertThat(PasswordRules.problem(password, "jdevries", "Anna Jansen")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(ints = { 73, 80, 128 })
	void refusesMoreThanBcryptReads(int bytes) {
		assertThat(PasswordRules.problem("a-b".repeat(bytes / 3) + "x".repeat(bytes % 3))).contains("password.tooLong");
		// Twenty-five euro signs are only 25 characters but 75 bytes.
		assertThat(PasswordRules.problem("€".repeat(25) + "x")).contains("password.tooLong");
	}

	@ParameterizedTest
	@ValueSource(ints = { 72 })
	void acceptsExactlyTheLimit(int bytes) {
		assertThat(PasswordRules.problem("fiets-" + "z".repeat(bytes - 12) + "-vecht")).isEmpty();
	}

}
