package nl.omgekeerdetoets.demo;

import java.util.List;

import nl.omgekeerdetoets.system.DevelopmentDatabase;
import nl.omgekeerdetoets.teams.AccountService;
import nl.omgekeerdetoets.teams.Role;
import nl.omgekeerdetoets.teams.TeamSummary;
import nl.omgekeerdetoets.teams.TeamService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the embedded development database with demo teams and one account per role, so a
 * newcomer can try every screen. It never runs against a configured (real) database, and
 * only once per data directory.
 */
@Component
@Order(0)
class DemoData implements ApplicationRunner {

	/** The password of every demo account, shown in README and on the demo login page. */
	static final String PASSWORD = "demo-demo-demo";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final boolean enabled;

	private final TeamService teams;

	private final AccountService accounts;

	private final TransactionTemplate transaction;

	DemoData(ObjectProvider<DevelopmentDatabase> developmentDatabase, TeamService teams, AccountService accounts,
			TransactionTemplate transaction) {
		this.enabled = developmentDatabase.getIfAvailable() != null;
		this.teams = teams;
		this.accounts = accounts;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.enabled && !this.accounts.usernameTaken("beheerder")) {
			// All or nothing, so that a failed first start does not leave half a demo
			// behind.
			this.transaction.executeWithoutResult((status) -> load());
			log.info("Loaded demo data: accounts consulent, consulent2, consulent3, teamleider, teamleider2, "
					+ "beheerder; password '{}'", PASSWORD);
		}
	}

	void load() {
		TeamSummary wmo = this.teams.create("Wmo", true);
		TeamSummary jeugd = this.teams.create("Jeugd", false);
		TeamSummary participatie = this.teams.create("Participatie en schulden", false);
		account("beheerder", "Bram Beheer", Role.ADMIN, List.of());
		account("teamleider", "Tineke de Leeuw", Role.TEAM_LEAD, List.of(wmo, participatie));
		account("teamleider2", "Hamid Yilmaz", Role.TEAM_LEAD, List.of(jeugd));
		account("consulent", "Sanne Bakker", Role.CONSULTANT, List.of(wmo));
		account("consulent2", "Joris van Dijk", Role.CONSULTANT, List.of(wmo));
		account("consulent3", "Fatima El Amrani", Role.CONSULTANT, List.of(jeugd));
	}

	private void account(String username, String name, Role role, List<TeamSummary> teams) {
		this.accounts.create(username, name, username + "@gemeente.example", role,
				teams.stream().map(TeamSummary::id).toList(), PASSWORD);
	}

}
