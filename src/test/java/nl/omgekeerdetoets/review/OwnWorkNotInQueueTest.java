package nl.omgekeerdetoets.review;

import java.nio.charset.StandardCharsets;

import nl.omgekeerdetoets.cases.CaseFixtures;
import nl.omgekeerdetoets.cases.CaseSummary;
import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.support.TestFixtures.TestAccount;
import nl.omgekeerdetoets.support.TestFixtures.TestTeam;
import nl.omgekeerdetoets.teams.Role;
import nl.omgekeerdetoets.teams.SignedInUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Issue 9: a lead who earlier worked on cases of the team as a consultant does not find
 * those cases in their review queue or its count (they may not review them: maker is not
 * checker), and the queue says why.
 */
@IntegrationTest
class OwnWorkNotInQueueTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	CaseFixtures cases;

	@Autowired
	ReviewService reviews;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aLeadsOwnEarlierCaseIsLeftOutOfTheQueueAndItsCount() throws Exception {
		TestTeam team = this.fixtures.team();
		TestAccount former = this.fixtures.account(Role.CONSULTANT, team);
		CaseSummary own = this.cases.submitted(this.fixtures.signedIn(former));
		CaseSummary colleagues = this.cases
			.submitted(this.fixtures.signedIn(this.fixtures.account(Role.CONSULTANT, team)));
		this.jdbc.sql("update account set role = 'TEAM_LEAD' where id = ?").param(former.getId()).update();
		SignedInUser lead = this.fixtures.signedIn(former.getUsername());

		assertThat(this.reviews.queueSize(lead)).isEqualTo(1);
		var page = this.mvc.perform(get("/review").header("Accept-Language", "nl").with(user(lead)));
		assertThat(page).hasStatusOk();
		String body = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).contains(colleagues.reference())
			.doesNotContain(own.reference())
			.contains("Een casus waaraan u zelf hebt gewerkt staat hier niet");

		SignedInUser otherLead = this.fixtures.signedIn(this.fixtures.account(Role.TEAM_LEAD, team));
		assertThat(this.reviews.queueSize(otherLead)).isEqualTo(2);
	}

}
