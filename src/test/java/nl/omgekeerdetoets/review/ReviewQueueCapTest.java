package nl.omgekeerdetoets.review;

import java.nio.charset.StandardCharsets;

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
 * Issue 13: a lead's queue is counted up to 1,000 (a count that reads a whole team on
 * every page of a lead cost more than the page at a million cases). A longer queue says
 * "more than 1,000" in the navigation, on the start page and above the queue, whose pages
 * run on while there is a next one; the oldest submission still comes first.
 */
@IntegrationTest
class ReviewQueueCapTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aQueueOfMoreThanAThousandCasesSaysSoEverywhere() throws Exception {
		TestTeam team = this.fixtures.team();
		TestAccount consultant = this.fixtures.account(Role.CONSULTANT, team);
		String prefix = TestFixtures.unique("Q");
		this.jdbc.sql("""
				insert into case_file (reference, title, resident, question_as_asked, team_id, owner_id, status,
				                       current_step, submitted_at, created_at, updated_at)
				select :prefix || '-' || n, 'Wachtende casus ' || n, 'mevr. Q.', 'Vraag', :team, :owner, 'IN_REVIEW',
				       5, now() - interval '30 days' + n * interval '1 minute', now(), now()
				from generate_series(1, 1002) as n
				""").param("prefix", prefix).param("team", team.getId()).param("owner", consultant.getId()).update();
		SignedInUser lead = this.fixtures.signedIn(this.fixtures.account(Role.TEAM_LEAD, team));

		String queue = body("/review", lead);
		assertThat(queue).contains("Meer dan 1.000 casussen wachten")
			.contains("1.000+")
			.contains("aria-label=\"Meer dan 1.000 casussen wachten op beoordeling\"")
			.contains(prefix + "-1<")
			.doesNotContain(prefix + "-26<")
			.contains("rel=\"next\"")
			.doesNotContain(" van 41");
		String last = body("/review?page=40", lead);
		assertThat(last).contains(prefix + "-1001<").contains(prefix + "-1002<").doesNotContain("rel=\"next\"");
		assertThat(body("/", lead)).contains("Er wachten meer dan 1.000 casussen op uw beoordeling.");

		this.jdbc.sql("update case_file set status = 'APPROVED' where reference in (:a, :b, :c)")
			.param("a", prefix + "-1")
			.param("b", prefix + "-2")
			.param("c", prefix + "-3")
			.update();
		assertThat(body("/review", lead)).contains("999 casussen wachten").doesNotContain("1.000+");
	}

	private String body(String path, SignedInUser lead) throws Exception {
		var result = this.mvc.perform(get(path).header("Accept-Language", "nl").with(user(lead)));
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
