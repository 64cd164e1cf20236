package nl.omgekeerdetoets.teams;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.omgekeerdetoets.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the account of someone the organisation's identity provider signed in, by the
 * claim the admin chose ({@link SingleSignOnSettings}). The account decides the rights:
 * its role and teams, as the admin keeps them, or as the groups claim gives them where
 * that is configured. Nobody gets a role because the provider knows them: someone without
 * an account is refused, or kept as an account without role for an admin to decide on.
 */
@Service
class ProviderAccounts {

	private static final Logger logger = LoggerFactory.getLogger(ProviderAccounts.class);

	private final AccountRepository accounts;

	private final TeamRepository teams;

	private final SingleSignOnSettings settings;

	private final AccountSessions sessions;

	private final AuditLog auditLog;

	ProviderAccounts(AccountRepository accounts, TeamRepository teams, SingleSignOnSettings settings,
			AccountSessions sessions, AuditLog auditLog) {
		this.accounts = accounts;
		this.teams = teams;
		this.settings = settings;
		this.sessions = sessions;
		this.auditLog = auditLog;
	}

	/**
	 * The principal of the account this person signs in as.
	 * @throws SignInRefusedException when there is no account to sign in as, or it may
	 * not sign in; a waiting account created for them stays
	 */
	@Transactional(noRollbackFor = SignInRefusedException.class)
	ProviderSignedInUser signIn(OidcUser person) {
		String subject = claim(person, this.settings.subjectClaim());
		Account account = find(person, subject).orElse(null);
		if (account == null) {
			if (this.settings.unknownUsers() == SingleSignOnSettings.UnknownUsers.WAIT && subject != null) {
				Account waiting = this.accounts.save(waitingAccount(person, subject));
				this.auditLog.record("ACCOUNT_WAITING", AccountService.AUDIT_SUBJECT, waiting.getId(),
						waiting.getUsername(), "signed in at the identity provider; waits for a role");
				throw new SignInRefusedException(SignInRefusedException.WAITING);
			}
			throw new SignInRefusedException(SignInRefusedException.UNKNOWN);
		}
		if (account.isWaiting()) {
			throw new SignInRefusedException(SignInRefusedException.WAITING);
		}
		if (!account.isActive()) {
			throw new SignInRefusedException(SignInRefusedException.INACTIVE);
		}
		if (this.settings.groups().mapped()) {
			applyGroups(account, person);
		}
		return new ProviderSignedInUser(account, person.getIdToken(), person.getUserInfo());
	}

	private Optional<Account> find(OidcUser person, String subject) {
		// An account that knows the person's identity at the provider is theirs, whatever
		// else the app matches on: the admin set it, or the app kept it for someone who
		// waits.
		Optional<Account> known = Optional.ofNullable(subject).flatMap(this.accounts::findByExternalId);
		if (known.isPresent()) {
			return known;
		}
		Optional<Account> found = switch (this.settings.matchBy()) {
			case SUBJECT -> Optional.empty();
			case EMAIL -> byEmail(person);
			case USERNAME -> Optional.ofNullable(claim(person, this.settings.usernameClaim()))
				.flatMap(this.accounts::findByUsername);
		};
		// An account tied to another identity is not taken over by someone who got the
		// same e-mail address or username later.
		return found.filter((account) -> account.getExternalId() == null);
	}

	private Optional<Account> byEmail(OidcUser person) {
		String email = person.getEmail();
		// A provider that says the address is not verified does not vouch for it.
		if (email == null || Boolean.FALSE.equals(person.getEmailVerified())) {
			return Optional.empty();
		}
		List<Account> found = this.accounts.findByEmail(email.strip());
		if (found.size() > 1) {
			throw new SignInRefusedException(SignInRefusedException.AMBIGUOUS);
		}
		return found.stream().findFirst();
	}

	/**
	 * Role and teams as the person's groups give them, written to the account, so the
	 * rest of the app reads them from the account as always. Groups that give no role,
	 * two roles, or no fitting team refuse the sign-in rather than guess.
	 */
	private void applyGroups(Account account, OidcUser person) {
		SingleSignOnSettings.Groups groups = this.settings.groups();
		Collection<String> names = groupsOf(person, groups.claim());
		Set<Role> roles = names.stream()
			.map(groups.roles()::get)
			.filter(Objects::nonNull)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		if (roles.size() != 1) {
			throw new SignInRefusedException(SignInRefusedException.GROUPS);
		}
		Role role = roles.iterator().next();
		Set<Team> chosen = new LinkedHashSet<>();
		if (role.needsTeam()) {
			names.stream()
				.map(groups.teams()::get)
				.filter(Objects::nonNull)
				.distinct()
				.forEach((name) -> this.teams.findByNameIgnoringCase(name)
					.filter((team) -> !team.isArchived())
					.ifPresentOrElse(chosen::add,
							() -> logger.warn("ot.sso.groups.teams names a team that is not there or archived")));
			if (chosen.isEmpty() || (chosen.size() > 1 && !role.allowsSeveralTeams())) {
				throw new SignInRefusedException(SignInRefusedException.GROUPS);
			}
		}
		if (account.getRole() == role && Set.copyOf(account.teams()).equals(chosen)) {
			return;
		}
		boolean roleChanged = account.getRole() != role;
		account.update(account.getDisplayName(), account.getEmail(), role, chosen);
		this.auditLog.record("ACCOUNT_UPDATED", AccountService.AUDIT_SUBJECT, account.getId(), account.getUsername(),
				AccountService.describe(role, chosen) + "; from the identity provider's groups");
		if (roleChanged) {
			// Sessions elsewhere still carry the old role.
			this.sessions.endAll(account.getUsername());
		}
	}

	private static Collection<String> groupsOf(OidcUser person, String claim) {
		Object value = person.getClaims().get(claim);
		if (value instanceof Collection<?> values) {
			return values.stream().filter(Objects::nonNull).map(String::valueOf).toList();
		}
		return (value instanceof String single) ? List.of(single) : List.of();
	}

	private Account waitingAccount(OidcUser person, String subject) {
		String username = freeUsername(
				Optional.ofNullable(claim(person, this.settings.usernameClaim())).orElse(person.getEmail()));
		String name = Optional.ofNullable(person.getFullName()).filter((text) -> !text.isBlank()).orElse(username);
		String email = Optional.ofNullable(person.getEmail()).filter((text) -> text.length() <= 200).orElse(null);
		return Account.waiting(username, cut(name.strip(), 100), email, subject);
	}

	/**
	 * A username the admin recognises: the provider's username or e-mail address in the
	 * characters a username may hold, numbered when taken.
	 */
	private String freeUsername(String wanted) {
		String base = (wanted == null) ? "" : wanted.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
		base = cut(base.replaceAll("-{2,}", "-").replaceAll("^[-.]+|[-.]+$", ""), 44);
		if (base.length() < 3) {
			base = "sso-" + base;
		}
		String username = base;
		for (int number = 2; this.accounts.findByUsername(username).isPresent(); number++) {
			username = base + "-" + number;
		}
		return username;
	}

	private static String claim(OidcUser person, String name) {
		Object value = person.getClaims().get(name);
		return (value == null || value.toString().isBlank()) ? null : value.toString().strip();
	}

	private static String cut(String text, int length) {
		return (text.length() <= length) ? text : text.substring(0, length);
	}

}
