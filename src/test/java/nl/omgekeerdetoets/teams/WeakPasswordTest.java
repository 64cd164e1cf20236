package nl.omgekeerdetoets.teams;

import nl.omgekeerdetoets.support.TestFixtures.TestAccount;
import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.TestFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 16: weak and over-long passwords are a message on the field in each of the three
 * password forms, never a 500.
 */
@IntegrationTest
class WeakPasswordTest {

	/** 73 bytes: one more than bcrypt reads. */
	static final String TOO_LONG = "fiets-langs-de-vecht-" + "fiets-langs-de-vecht-" + "fiets-langs-de-vecht-"
			+ "€zeven!!";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "password1234, password.common", "aaaaaaaaaaaa, password.repetitive",
			"123456789012, password.sequence", TOO_LONG + ", password.tooLong" })
	void adminCreatingAnAccount(String password, String reason) {
		TestAccount admin = this.fixtures.account(Role.ADMIN);
		MvcTestResult result = this.mvc.perform(post("/admin/accounts/new").param("username", TestFixtures.unique("n"))
			.param("displayName", "Nieuwe collega")
			.param("role", "ADMIN")
			.param("password", password)
			.header("Accept-Language", "en")
			.with(csrf())
			.with(user(this.fixtures.signedIn(admin))));
		assertThat(result).hasStatusOk()
			.model()
			.extractingBindingResult("accountForm")
			.hasFieldErrorCode("password", reason);
		assertThat(result).bodyText().contains("password");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "password1234, password.common", "aaaaaaaaaaaa, password.repetitive",
			"123456789012, password.sequence", TOO_LONG + ", password.tooLong" })
	void adminResettingAPassword(String password, String reason) {
		TestAccount admin = this.fixtures.account(Role.ADMIN);
		TestAccount consultant = this.fixtures.account(Role.CONSULTANT, this.fixtures.team());
		MvcTestResult result = this.mvc
			.perform(post("/admin/accounts/" + consultant.getId() + "/password").param("newPassword", password)
				.param("confirmation", password)
				.with(csrf())
				.with(user(this.fixtures.signedIn(admin))));
		assertThat(result).hasStatusOk()
			.model()
			.extractingBindingResult("passwordForm")
			.hasFieldErrorCode("newPassword", reason);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "password1234, password.common", "aaaaaaaaaaaa, password.repetitive",
			"123456789012, password.sequence", TOO_LONG + ", password.tooLong" })
	void userChangingTheirOwnPassword(String password, String reason) {
		TestAccount consultant = this.fixtures.account(Role.CONSULTANT, this.fixtures.team());
		MvcTestResult result = this.mvc
			.perform(post("/account/password").param("currentPassword", TestFixtures.PASSWORD)
				.param("newPassword", password)
				.param("confirmation", password)
				.header("Accept-Language", "nl")
				.with(csrf())
				.with(user(this.fixtures.signedIn(consultant))));
		assertThat(result).hasStatusOk()
			.model()
			.extractingBindingResult("passwordForm")
			.hasFieldErrorCode("newPassword", reason);
	}

	@org.junit.jupiter.api.Test
	void ownNameIsRefusedWithItsReasonOnThePage() {
		TestAccount consultant = this.fixtures.account(Role.CONSULTANT, this.fixtures.team());
		String password = consultant.getUsername() + "!";
		MvcTestResult result = this.mvc
			.perform(post("/account/password").param("currentPassword", TestFixtures.PASSWORD)
				.param("newPassword", password)
				.param("confirmation", password)
				.header("Accept-Language", "nl")
				.with(csrf())
				.with(user(this.fixtures.signedIn(consultant))));
		assertThat(result).hasStatusOk().bodyText().contains("bevat de gebruikersnaam");
	}

}
