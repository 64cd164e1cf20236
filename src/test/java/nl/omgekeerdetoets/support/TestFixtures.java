package nl.omgekeerdetoets.support;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import nl.omgekeerdetoets.teams.AccountService;
import nl.omgekeerdetoets.teams.MemberSummary;
import nl.omgekeerdetoets.teams.Role;
import nl.omgekeerdetoets.teams.SignedInUser;
import nl.omgekeerdetoets.teams.TeamService;
import nl.omgekeerdetoets.teams.TeamSummary;

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

	/**
	 * A name no other test uses. A letter between the two numbers: "x-45256-1000" has
	 * nine digits in groups, which one time in eleven pass the eleven-test and are then
	 * refused as a BSN by every free-text field (a flaky SecurityRulesTest).
	 */
	public static String unique(String prefix) {
		return prefix + "-" + System.nanoTime() % 100000 + "n" + counter.incrementAndGet();
	}

	public TestTeam team() {
		return team(false);
	}

	public TestTeam team(boolean casesVisibleToMembers) {
		TeamSummary team = this.teams.create(unique("team"), casesVisibleToMembers);
		return new TestTeam(team.id(), team.name());
	}

	public TestAccount account(Role role, TestTeam... teams) {
		String username = unique(role.name().toLowerCase().replace('_', '-'));
		MemberSummary account = this.accounts.create(username, "Test " + username, username + "@example.org", role,
				List.of(teams).stream().map(TestTeam::getId).toList(), PASSWORD);
		return new TestAccount(account.id(), username, account.displayName());
	}

	/**
	 * An account whose identity at the organisation's identity provider is known (the
	 * subject the provider sends), with a password as well.
	 */
	public TestAccount accountAt(String externalId, Role role, TestTeam... teams) {
		String username = unique(role.name().toLowerCase().replace('_', '-'));
		MemberSummary account = this.accounts.create(username, "Test " + username, username + "@example.org", role,
				List.of(teams).stream().map(TestTeam::getId).toList(), PASSWORD, externalId);
		return new TestAccount(account.id(), username, account.displayName());
	}

	/**
	 * The principal a signed-in session of this account would hold, for MockMvc's
	 * {@code user(...)}.
	 */
	public SignedInUser signedIn(TestAccount account) {
		return signedIn(account.getUsername());
	}

	/** The same, read afresh, e.g. after the account's role changed. */
	public SignedInUser signedIn(String username) {
		return (SignedInUser) this.userDetails.loadUserByUsername(username);
	}

	/**
	 * Two teams with a lead and consultants each, and an admin: enough to test who may
	 * see what.
	 */
	public World world() {
		TestTeam teamA = team();
		TestTeam teamB = team();
		return new World(teamA, teamB, account(Role.ADMIN), account(Role.TEAM_LEAD, teamA),
				account(Role.CONSULTANT, teamA), account(Role.CONSULTANT, teamA), account(Role.TEAM_LEAD, teamB),
				account(Role.CONSULTANT, teamB));
	}

	public record World(TestTeam teamA, TestTeam teamB, TestAccount admin, TestAccount leadA, TestAccount consultantA,
			TestAccount colleagueA, TestAccount leadB, TestAccount consultantB) {
	}

	/** A team made for a test: what the test needs to know of it. */
	public static final class TestTeam {

		private final long id;

		private final String name;

		TestTeam(long id, String name) {
			this.id = id;
			this.name = name;
		}

		public long getId() {
			return this.id;
		}

		public String getName() {
			return this.name;
		}

	}

	/** An account made for a test: what the test needs to know of it. */
	public static final class TestAccount {

		private final long id;

		private final String username;

		private final String displayName;

		TestAccount(long id, String username, String displayName) {
			this.id = id;
			this.username = username;
			this.displayName = displayName;
		}

		public long getId() {
			return this.id;
		}

		public String getUsername() {
			return this.username;
		}

		public String getDisplayName() {
			return this.displayName;
		}

	}

}
