package nl.omgekeerdetoets.mail;

import java.util.List;

import nl.omgekeerdetoets.cases.CaseFixtures;
import nl.omgekeerdetoets.cases.CaseSummary;
import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.support.TestFixtures.TestTeam;
import nl.omgekeerdetoets.teams.AccountService;
import nl.omgekeerdetoets.teams.Role;
import nl.omgekeerdetoets.teams.SignedInUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 15: each person's choices for mail, and an app without a mail server (the shared
 * test context has none) that queues nothing, as before mails existed.
 */
@IntegrationTest
class MailPreferencesTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	CaseFixtures caseFixtures;

	@Autowired
	MailPreferences preferences;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	SignedInUser consultant;

	SignedInUser lead;

	@BeforeEach
	void aTeam() {
		TestTeam team = this.fixtures.team();
		this.consultant = this.fixtures.signedIn(this.fixtures.account(Role.CONSULTANT, team));
		this.lead = this.fixtures.signedIn(this.fixtures.account(Role.TEAM_LEAD, team));
	}

	@Test
	void withoutAMailServerNothingIsQueued() {
		CaseSummary caseFile = this.caseFixtures.submitted(this.consultant);
		assertThat(this.mvc
			.perform(post("/review/cases/{id}/decision", caseFile.id()).param("decision", "CHANGES_REQUESTED")
				.param("reason", "Onderbouw stap 3 met waarnemingen.")
				.with(csrf())
				.with(user(this.lead))))
			.hasRedirectedUrl("/review/cases/" + caseFile.id());
		await().untilAsserted(() -> assertThat(
				this.jdbc.sql("select count(*) from notification where recipient_id = ? and kind = 'CHANGES_REQUESTED'")
					.param(this.consultant.id())
					.query(Long.class)
					.single())
			.isEqualTo(1));

		assertThat(this.jdbc.sql("select count(*) from mail_outbox where recipient_id in (?, ?)")
			.param(this.consultant.id())
			.param(this.lead.id())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aConsultantChoosesAmongTheirKindsAndIsToldNoMailServerIsSetUp() {
		assertThat(this.mvc.perform(get("/account/mail").header("Accept-Language", "nl").with(user(this.consultant))))
			.hasStatusOk()
			.bodyText()
			.contains("Op deze installatie is nog geen mailserver ingesteld")
			.contains("E-mails gaan naar " + this.consultant.getUsername() + "@example.org")
			.contains("de teamleider aanpassingen vraagt in mijn casus")
			.contains("een evaluatie eraan komt of te laat is")
			.doesNotContain("op mijn beoordeling wacht");
	}

	@Test
	void aLeadChoosesAmongTheirs() {
		assertThat(this.mvc.perform(get("/account/mail").with(user(this.lead)))).hasStatusOk()
			.bodyText()
			.contains("a case waits for my review")
			.contains("a follow-up action from a return day is coming up or overdue")
			.doesNotContain("my case is approved");
	}

	@Test
	void theChoicesAndTheLanguageAreSaved() {
		assertThat(this.mvc.perform(post("/account/mail").param("kinds", "APPROVED", "PRAISED")
			.param("digest", "true")
			.param("language", "en")
			.param("version", "0")
			.with(csrf())
			.with(user(this.consultant)))).hasRedirectedUrl("/account/mail");

		MailPreferences.Choice choice = this.preferences.of(this.consultant.id());
		assertThat(choice.kindsOff()).containsExactlyInAnyOrder(MailKind.CHANGES_REQUESTED, MailKind.COMMENTED,
				MailKind.FOLLOW_UP_DUE, MailKind.ACTION_DUE);
		assertThat(choice.digest()).isTrue();
		assertThat(choice.version()).isEqualTo(1);
		assertThat(this.accounts.contact(this.consultant.id()).language()).isEqualTo("en");
		assertThat(this.mvc.perform(get("/account/mail").with(user(this.consultant)))).hasStatusOk()
			.bodyText()
			.containsPattern("value=\"APPROVED\"[^>]*checked")
			.doesNotContainPattern("value=\"COMMENTED\"[^>]*checked")
			.containsPattern("id=\"digest-daily\"[^>]*checked|checked[^>]*id=\"digest-daily\"");
	}

	@Test
	void aSaveFromAnOlderFormKeepsItsChoicesOnTheScreen() {
		for (String kinds : List.of("APPROVED", "PRAISED")) {
			this.mvc.perform(post("/account/mail").param("kinds", kinds)
				.param("digest", "false")
				.param("language", "nl")
				.param("version", "0")
				.with(csrf())
				.with(user(this.consultant)));
		}
		assertThat(this.preferences.of(this.consultant.id()).kindsOff()).contains(MailKind.PRAISED);
		assertThat(this.mvc.perform(post("/account/mail").param("kinds", "PRAISED")
			.param("digest", "false")
			.param("language", "nl")
			.param("version", "0")
			.with(csrf())
			.with(user(this.consultant)))).hasStatusOk()
			.model()
			.extractingBindingResult("mailPreferencesForm")
			.hasErrorsCount(1);
	}

	@Test
	void aLanguageTheMailsAreNotWrittenInIsRefused() {
		assertThat(this.mvc.perform(post("/account/mail").param("language", "de")
			.param("version", "0")
			.with(csrf())
			.with(user(this.consultant)))).hasStatusOk()
			.model()
			.extractingBindingResult("mailPreferencesForm")
			.hasFieldErrorCode("language", "Pattern");
		assertThat(this.accounts.contact(this.consultant.id()).language()).isEqualTo("nl");
	}

}
