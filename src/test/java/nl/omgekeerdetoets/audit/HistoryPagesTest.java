package nl.omgekeerdetoets.audit;

import java.util.UUID;

import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.StatementRecorder;
import nl.omgekeerdetoets.support.StatementRecorder.Recording;
import nl.omgekeerdetoets.support.TestFixtures;
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
 * The admin's history pages through millions of events at a big city's scale without
 * counting them (a count read every event, 0.4 s at eleven million): a page says whether
 * another follows, and which one it is, and only the last page says how many there are.
 */
@IntegrationTest
class HistoryPagesTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	StatementRecorder recorder;

	@Test
	void theHistoryPagesOnWithoutCountingItsEvents() throws Exception {
		// Three events of one actor, a minute apart, to page through two at a time.
		String actor = "historie-" + UUID.randomUUID().toString().substring(0, 8);
		for (int i = 0; i < 3; i++) {
			this.jdbc
				.sql("""
						insert into audit_event (occurred_at, actor, action, subject_type, subject_label)
						values (now() - interval '1 hour' + :i * interval '1 minute', :actor, 'TEAM_UPDATED', 'TEAM', :label)
						""")
				.param("i", i)
				.param("actor", actor)
				.param("label", "Team " + i)
				.update();
		}

		SignedInUser admin = this.fixtures.signedIn(this.fixtures.account(Role.ADMIN));
		String[] first = new String[1];
		Recording statements = this.recorder.record(() -> {
			first[0] = page(actor, 0, admin);
			return null;
		});
		assertThat(statements.statements()).as("no count of the history").noneMatch((sql) -> sql.contains("count("));
		assertThat(first[0]).contains("Pagina 1<").doesNotContain("Pagina 1 van").contains("rel=\"next\"");
		assertThat(first[0]).contains("Team 2").contains("Team 1").doesNotContain("Team 0");

		assertThat(page(actor, 1, admin)).contains("Pagina 2 van 2").doesNotContain("rel=\"next\"").contains("Team 0");
		// Past the end the page knows neither the last page nor how many there are.
		assertThat(page(actor, 5, admin)).contains("Pagina 6<").doesNotContain("Pagina 6 van").contains("rel=\"prev\"");
	}

	private String page(String actor, int page, SignedInUser admin) throws Exception {
		return this.mvc
			.perform(get("/admin/history").param("actor", actor)
				.param("size", "2")
				.param("page", String.valueOf(page))
				.header("Accept-Language", "nl")
				.with(user(admin)))
			.getResponse()
			.getContentAsString();
	}

}
