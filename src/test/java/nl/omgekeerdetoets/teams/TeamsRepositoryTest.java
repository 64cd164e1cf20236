package nl.omgekeerdetoets.teams;

import java.util.List;

import nl.omgekeerdetoets.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The queries behind the admin lists, against real PostgreSQL with the Flyway schema. It
 * shares the integration tests' context rather than starting a JPA slice of its own; each
 * test runs in a transaction that is rolled back, as in a slice.
 */
@IntegrationTest
@Transactional
class TeamsRepositoryTest {

	@Autowired
	TeamRepository teams;

	@Autowired
	AccountRepository accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void teamSearchIsCaseInsensitiveAndPaginatedInTheDatabase() {
		String prefix = "zoek-" + System.nanoTime();
		for (int i = 0; i < 5; i++) {
			this.teams.save(new Team(prefix + "-Team-" + i));
		}
		Page<Team> page = this.teams.search(prefix.toUpperCase(), false,
				PageRequest.of(1, 2, Sort.by(Sort.Order.asc("name").ignoreCase())));
		assertThat(page.getTotalElements()).isEqualTo(5);
		assertThat(page.getContent()).extracting(Team::getName).containsExactly(prefix + "-Team-2", prefix + "-Team-3");
	}

	@Test
	void archivedTeamsAreLeftOutUnlessAskedFor() {
		String name = "archief-" + System.nanoTime();
		Team team = new Team(name);
		team.archive();
		this.teams.save(team);
		assertThat(this.teams.search(name, false, PageRequest.of(0, 10))).isEmpty();
		assertThat(this.teams.search(name, true, PageRequest.of(0, 10))).hasSize(1);
	}

	@Test
	void databaseRefusesTwoTeamsWithTheSameNameInAnyCase() {
		String name = "uniek-" + System.nanoTime();
		this.teams.saveAndFlush(new Team(name));
		assertThatThrownBy(() -> this.teams.saveAndFlush(new Team(name.toUpperCase())))
			.isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
	}

	@Test
	void accountSearchFiltersByTeamRoleAndActive() {
		Team team = this.teams.save(new Team("filter-" + System.nanoTime()));
		Account consultant = new Account("c" + System.nanoTime(), "Consulent", null, Role.CONSULTANT, "{noop}x");
		consultant.update("Consulent", null, Role.CONSULTANT, java.util.Set.of(team));
		Account inactive = new Account("i" + System.nanoTime(), "Inactief", null, Role.CONSULTANT, "{noop}x");
		inactive.update("Inactief", null, Role.CONSULTANT, java.util.Set.of(team));
		inactive.deactivate();
		this.accounts.saveAll(List.of(consultant, inactive));

		assertThat(this.accounts.search("", Role.CONSULTANT, true, null, team.getId(), PageRequest.of(0, 10)))
			.extracting(Account::getUsername)
			.containsExactly(consultant.getUsername());
		assertThat(this.accounts.search("", null, null, null, team.getId(), PageRequest.of(0, 10))).hasSize(2);
		assertThat(this.accounts.search("", Role.ADMIN, null, null, team.getId(), PageRequest.of(0, 10))).isEmpty();
	}

	@Test
	void flywayCreatedTheSessionTables() {
		assertThat(this.jdbc.sql("""
				select table_name from information_schema.tables
				where table_schema = current_schema() and table_name like 'spring\\_session%'
				""").query(String.class).list()).containsExactlyInAnyOrder("spring_session",
				"spring_session_attributes");
	}

}
