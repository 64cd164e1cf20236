package nl.omgekeerdetoets.review;

import java.util.List;

import nl.omgekeerdetoets.cases.CaseSummary;
import nl.omgekeerdetoets.cases.CaseFixtures;
import nl.omgekeerdetoets.cases.CaseService;
import nl.omgekeerdetoets.cases.CaseStatus;
import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.support.TestFixtures.TestAccount;
import nl.omgekeerdetoets.teams.AccountService;
import nl.omgekeerdetoets.teams.Role;
import nl.omgekeerdetoets.teams.SignedInUser;
import nl.omgekeerdetoets.support.TestFixtures.TestTeam;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Maker is not checker, a lead reviews only their own teams' cases, and a consultant
 * reviews nothing: for each review action.
 */
@IntegrationTest
class ReviewAccessTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	CaseFixtures caseFixtures;

	@Autowired
	CaseService cases;

	@Autowired
	AccountService accounts;

	TestTeam team;

	SignedInUser consultant;

	CaseSummary caseFile;

	@BeforeEach
	void aCaseInReview() {
		this.team = this.fixtures.team();
		this.consultant = this.fixtures.signedIn(this.fixtures.account(Role.CONSULTANT, this.team));
		this.caseFile = this.caseFixtures.submitted(this.consultant);
	}

	@ParameterizedTest
	@ValueSource(strings = { "page", "comment", "approve", "changes", "compliment", "exemplary" })
	void aLeadOfAnotherTeamCannotReview(String action) {
		SignedInUser otherLead = this.fixtures.signedIn(this.fixtures.account(Role.TEAM_LEAD, this.fixtures.team()));
		assertThat(this.mvc.perform(request(action).with(user(otherLead)))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.cases.summary(this.caseFile.id(), this.consultant).status()).isEqualTo(CaseStatus.IN_REVIEW);
	}

	@ParameterizedTest
	@ValueSource(strings = { "page", "comment", "approve", "changes", "compliment", "exemplary" })
	void aConsultantCannotReviewNotEvenTheirOwnCase(String action) {
		assertThat(this.mvc.perform(request(action).with(user(this.consultant)))).hasStatus(HttpStatus.FORBIDDEN);
		SignedInUser colleague = this.fixtures.signedIn(this.fixtures.account(Role.CONSULTANT, this.team));
		assertThat(this.mvc.perform(request(action).with(user(colleague)))).hasStatus(HttpStatus.FORBIDDEN);
	}

	@ParameterizedTest
	@ValueSource(strings = { "page", "comment", "approve", "changes", "compliment", "exemplary" })
	void aLeadWhoMadeTheCaseCannotCheckIt(String action) {
		// The consultant who made the case becomes lead of the same team: still the
		// maker.
		this.jdbc.sql("update account set role = 'TEAM_LEAD' where id = :id")
			.param("id", this.consultant.id())
			.update();
		SignedInUser makerAsLead = this.fixtures.signedIn(this.consultant.getUsername());
		assertThat(this.mvc.perform(request(action).with(user(makerAsLead)))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.cases.summary(this.caseFile.id(), makerAsLead).status()).isEqualTo(CaseStatus.IN_REVIEW);
	}

	@ParameterizedTest
	@ValueSource(strings = { "page", "comment", "approve" })
	void theLeadOfTheTeamMayReview(String action) {
		SignedInUser lead = this.fixtures.signedIn(this.fixtures.account(Role.TEAM_LEAD, this.team));
		MvcTestResult result = this.mvc.perform(request(action).with(user(lead)));
		String reviewPage = "/review/cases/" + this.caseFile.id();
		switch (action) {
			case "page" -> assertThat(result).hasStatusOk().bodyText().contains(this.caseFile.reference());
			case "comment" -> assertThat(result).hasRedirectedUrl(reviewPage + "#step-effect");
			case "approve" -> {
				assertThat(result).hasRedirectedUrl(reviewPage);
				assertThat(this.cases.summary(this.caseFile.id(), this.consultant).status())
					.isEqualTo(CaseStatus.APPROVED);
			}
			default -> throw new IllegalArgumentException(action);
		}
	}

	private MockHttpServletRequestBuilder request(String action) {
		long id = this.caseFile.id();
		return switch (action) {
			case "page" -> get("/review/cases/{id}", id);
			case "comment" -> post("/review/cases/{id}/comments", id).param("step", "EFFECT")
				.param("text", "Een opmerking")
				.with(csrf());
			case "approve" -> post("/review/cases/{id}/decision", id).param("decision", "APPROVED").with(csrf());
			case "changes" -> post("/review/cases/{id}/decision", id).param("decision", "CHANGES_REQUESTED")
				.param("reason", "Graag aanvullen")
				.with(csrf());
			case "compliment" -> post("/review/cases/{id}/compliments", id).param("step", "EFFECT")
				.param("text", "Je hield het effect zuiver en scheidde het doel van het middel heel precies.")
				.with(csrf());
			case "exemplary" -> get("/review/cases/{id}/exemplary", id);
			default -> throw new IllegalArgumentException(action);
		};
	}

}
