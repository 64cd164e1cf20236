package nl.omgekeerdetoets.casebook;

import java.util.List;

import nl.omgekeerdetoets.cases.CaseFixtures;
import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.TestFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The lead sets the order of an edition's entries with small forms (no JavaScript), and
 * the edition keeps it: an entry moves one place at a time, is added once, and leaves.
 */
@IntegrationTest
class EditionOrderTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	CaseFixtures caseFixtures;

	@Test
	void entriesMoveUpAndDownAreAddedOnceAndCanBeRemoved() {
		CasebookWorld world = new CasebookWorld(this.mvc, this.jdbc, this.fixtures, this.caseFixtures);
		long a = world.writeEntry(world.proposedCase(), "A");
		long b = world.writeEntry(world.proposedCase(), "B");
		long c = world.writeEntry(world.proposedCase(), "C");
		long edition = world.createEdition(TestFixtures.unique("Volgorde"));
		world.add(edition, a);
		world.add(edition, b);
		world.add(edition, c);
		world.add(edition, a);
		assertThat(order(edition)).containsExactly(a, b, c);

		move(world, edition, c, "up");
		assertThat(order(edition)).containsExactly(a, c, b);
		move(world, edition, a, "down");
		assertThat(order(edition)).containsExactly(c, a, b);
		// The first cannot go further up: nothing changes.
		move(world, edition, c, "up");
		assertThat(order(edition)).containsExactly(c, a, b);

		assertThat(this.mvc.perform(post("/casebook/editions/{id}/entries/{entry}/remove", edition, a)
			.param("version", String.valueOf(world.versionOf(edition)))
			.with(csrf())
			.with(user(world.lead)))).hasStatus3xxRedirection();
		assertThat(order(edition)).containsExactly(c, b);
	}

	private void move(CasebookWorld world, long edition, long entry, String direction) {
		assertThat(this.mvc
			.perform(post("/casebook/editions/{id}/entries/{entry}/move", edition, entry).param("direction", direction)
				.param("version", String.valueOf(world.versionOf(edition)))
				.with(csrf())
				.with(user(world.lead))))
			.hasRedirectedUrl("/casebook/editions/" + edition + "/edit#chosen");
	}

	private List<Long> order(long edition) {
		return this.jdbc.sql("select entry_id from casebook_edition_entry where edition_id = ? order by position")
			.param(edition)
			.query(Long.class)
			.list();
	}

}
