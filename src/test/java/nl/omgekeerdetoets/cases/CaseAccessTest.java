package nl.omgekeerdetoets.cases;

import nl.omgekeerdetoets.audit.AuditLog;
import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.support.TestFixtures.TestAccount;
import nl.omgekeerdetoets.teams.Role;
import nl.omgekeerdetoets.teams.SignedInUser;
import nl.omgekeerdetoets.support.TestFixtures.TestTeam;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Who may see and change a case, from the outside. A case someone may not see does not
 * exist for them (404), and the attempt is recorded.
 */
@IntegrationTest
class CaseAccessTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	CaseFixtures caseFixtures;

	@Autowired
	AuditLog auditLog;

	TestTeam closedTeam;

	TestTeam openTeam;

	SignedInUser owner;

	CaseFile caseFile;

	@BeforeEach
	void aCaseInATeamThatDoesNotShareCases() {
		this.closedTeam = this.fixtures.team(false);
		this.openTeam = this.fixtures.team(true);
		this.owner = this.fixtures.signedIn(this.fixtures.account(Role.CONSULTANT, this.closedTeam));
		this.caseFile = this.caseFixtures.draft(this.owner);
	}

	@Test
	void theOwnerReadsAndEditsTheirCase() {
		assertThat(this.mvc.perform(get("/cases/{id}", this.caseFile.getId()).with(user(this.owner)))).hasStatusOk();
		assertThat(this.mvc.perform(get("/cases/{id}/steps/ethics", this.caseFile.getId()).with(user(this.owner))))
			.hasStatusOk();
	}

	@Test
	void consultantCannotOpenAColleaguesCaseWhenTheTeamDoesNotShare() {
		SignedInUser colleague = this.fixtures.signedIn(this.fixtures.account(Role.CONSULTANT, this.closedTeam));
		assertThat(this.mvc.perform(get("/cases/{id}", this.caseFile.getId()).with(user(colleague))))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.auditLog.historyOf(CaseService.AUDIT_SUBJECT, this.caseFile.getId(), Pageable.ofSize(10)))
			.anySatisfy((event) -> {
				assertThat(event.action()).isEqualTo("CASE_ACCESS_REFUSED");
				assertThat(event.actor()).isEqualTo(colleague.getUsername());
			});
	}

	@Test
	void consultantReadsButNeverEditsAColleaguesCaseWhenTheTeamShares() {
		SignedInUser sharingOwner = this.fixtures.signedIn(this.fixtures.account(Role.CONSULTANT, this.openTeam));
		CaseFile shared = this.caseFixtures.draft(sharingOwner);
		SignedInUser colleague = this.fixtures.signedIn(this.fixtures.account(Role.CONSULTANT, this.openTeam));
		assertThat(this.mvc.perform(get("/cases/{id}", shared.getId()).with(user(colleague)))).hasStatusOk()
			.bodyText()
			.doesNotContain("/steps/effect\"");
		assertThat(this.mvc.perform(get("/cases/{id}/steps/effect", shared.getId()).with(user(colleague))))
			.hasRedirectedUrl("/cases/" + shared.getId());
		assertThat(
				this.mvc.perform(post("/cases/{id}/steps/effect", shared.getId()).param("ownStrength", "Niet van mij")
					.param("version", String.valueOf(shared.getVersion()))
					.with(csrf())
					.with(user(colleague))))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc
			.perform(post("/cases/{id}/submit", shared.getId()).param("version", String.valueOf(shared.getVersion()))
				.with(csrf())
				.with(user(colleague))))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void teamLeadReadsTheCasesOfTheTeamsTheyLeadOnly() {
		SignedInUser lead = this.fixtures.signedIn(this.fixtures.account(Role.TEAM_LEAD, this.closedTeam));
		SignedInUser otherLead = this.fixtures.signedIn(this.fixtures.account(Role.TEAM_LEAD, this.openTeam));
		assertThat(this.mvc.perform(get("/cases/{id}", this.caseFile.getId()).with(user(lead)))).hasStatusOk();
		assertThat(this.mvc.perform(get("/cases/{id}", this.caseFile.getId()).with(user(otherLead))))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc
			.perform(post("/cases/{id}/steps/effect", this.caseFile.getId()).param("ownStrength", "Van de teamleider")
				.param("version", String.valueOf(this.caseFile.getVersion()))
				.with(csrf())
				.with(user(lead))))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void teamLeadSeesTheTeamsCasesInTheTeamList() {
		SignedInUser lead = this.fixtures.signedIn(this.fixtures.account(Role.TEAM_LEAD, this.closedTeam));
		assertThat(this.mvc.perform(get("/cases/team").with(user(lead)))).hasStatusOk()
			.bodyText()
			.contains(this.caseFile.getReference());
		SignedInUser colleague = this.fixtures.signedIn(this.fixtures.account(Role.CONSULTANT, this.closedTeam));
		assertThat(this.mvc.perform(get("/cases/team").with(user(colleague)))).hasStatusOk()
			.bodyText()
			.doesNotContain(this.caseFile.getReference());
	}

	@Test
	void adminReadsNoCaseContent() {
		TestAccount admin = this.fixtures.account(Role.ADMIN);
		assertThat(
				this.mvc.perform(get("/cases/{id}", this.caseFile.getId()).with(user(this.fixtures.signedIn(admin)))))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void consultantOfAnotherTeamGetsA404EvenForAnExistingCase() {
		SignedInUser stranger = this.fixtures.signedIn(this.fixtures.account(Role.CONSULTANT, this.openTeam));
		assertThat(this.mvc.perform(get("/cases/{id}", this.caseFile.getId()).with(user(stranger))))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.perform(get("/cases/{id}", 987654321L).with(user(stranger))))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

}
