package nl.omgekeerdetoets.support;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import nl.omgekeerdetoets.teams.Account;
import nl.omgekeerdetoets.teams.AccountService;
import nl.omgekeerdetoets.teams.Role;
import nl.omgekeerdetoets.teams.SignedInUser;
import nl.omgekeerdetoets.teams.Team;
import nl.omgekeerdetoets.teams.TeamService;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Creates people and teams for a test through the app's own services. Every name is
 * unique, so tests that share the database never see each other's data by accident.
 */
@TestComponent
public class TestFixtures {

	public static final String PASSWORD = "correct-horse-battery";

	private static final AtomicInteger counter = new AtomicInteger();

	private final TeamService teams;

	private final AccountService accounts;

	private final UserDetailsService userDetails;

	TestFixtures(TeamService teams, AccountService accounts, UserDetailsService userDetails) {
		this.teams = teams;
		this.accounts = accounts;
		this.userDetails = userDetails;
	}

	public static String unique(String prefix) {
		return prefix + "-" + System.nanoTime() % 100000 + "-" + counter.incrementAndGet();
	}

	public Team team() {
		return this.teams.create(unique("team"), false);
	}

	public Team team(boolean casesVisibleToMembers) {
		return this.teams.create(unique("team"), casesVisibleToMembers);
	}

	public Account account(Role role, Team... teams) {
		String username = unique(role.name().toLowerCase().replace('_', '-'));
		return this.accounts.create(username, "Test " + username, username + "@example.org", role,
				List.of(teams).stream().map(Team::getId).toList(), PASSWORD);
	}

	/**
	 * The principal a signed-in session of this account would hold, for MockMvc's
	 * {@code user(...)}.
	 */
	public SignedInUser signedIn(Account account) {
		return (SignedInUser) this.userDetails.loadUserByUsername(account.getUsername());
	}

	/**
	 * Two teams with a lead and consultants each, and an admin: enough to test who may
	 * see what.
	 */
	public World world() {
		Team teamA = team();
		Team teamB = team();
		return new World(teamA, teamB, account(Role.ADMIN), account(Role.TEAM_LEAD, teamA),
				account(Role.CONSULTANT, teamA), account(Role.CONSULTANT, teamA), account(Role.TEAM_LEAD, teamB),
				account(Role.CONSULTANT, teamB));
	}

	public record World(Team teamA, Team teamB, Account admin, Account leadA, Account consultantA, Account colleagueA,
			Account leadB, Account consultantB) {
	}

}
