package nl.omgekeerdetoets.teams;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import nl.omgekeerdetoets.audit.AuditLog;
import nl.omgekeerdetoets.shared.FieldProblem;
import nl.omgekeerdetoets.shared.RecordNotFoundException;
import nl.omgekeerdetoets.shared.StaleVersionException;

import org.hibernate.Hibernate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an admin does with accounts, and what users do with their own password. Every
 * change is recorded in the audit log; changes that take away access also end the
 * account's open sessions.
 */
@Service
@Transactional(readOnly = true)
public class AccountService {

	static final String AUDIT_SUBJECT = "ACCOUNT";

	private final AccountRepository accounts;

	private final TeamRepository teams;

	private final PasswordEncoder passwordEncoder;

	private final LoginLockout lockout;

	private final AccountSessions sessions;

	private final AuditLog auditLog;

	private final JdbcClient jdbc;

	AccountService(AccountRepository accounts, TeamRepository teams, PasswordEncoder passwordEncoder,
			LoginLockout lockout, AccountSessions sessions, AuditLog auditLog, JdbcClient jdbc) {
		this.accounts = accounts;
		this.teams = teams;
		this.passwordEncoder = passwordEncoder;
		this.lockout = lockout;
		this.sessions = sessions;
		this.auditLog = auditLog;
		this.jdbc = jdbc;
	}

	Page<Account> search(AccountFilter filter, Pageable pageable) {
		Page<Account> page = this.accounts.search(filter.query(), filter.role(), filter.active(), filter.waiting(),
				filter.team(), pageable);
		// The list shows each account's teams: load them here, for the whole page in one
		// batch query
		// (hibernate.default_batch_fetch_size), because the page renders after the
		// transaction.
		page.forEach((account) -> Hibernate.initialize(account.teams()));
		return page;
	}

	Account get(long id) {
		return this.accounts.findWithTeams(id).orElseThrow(() -> new RecordNotFoundException("Account", id));
	}

	@Transactional
	public MemberSummary create(String username, String displayName, String email, Role role, Collection<Long> teamIds,
			String password) {
		return create(username, displayName, email, role, teamIds, password, null);
	}

	/**
	 * A new account; without a password (null) it signs in only through the
	 * organisation's identity provider, as the external identity or the claim the app
	 * matches on says.
	 */
	@Transactional
	public MemberSummary create(String username, String displayName, String email, Role role, Collection<Long> teamIds,
			String password, String externalId) {
		String cleanUsername = username.toLowerCase();
		if (usernameTaken(cleanUsername)) {
			throw new FieldProblem("username", "account.username.taken");
		}
		requireFreeExternalId(externalId, null);
		Set<Team> chosenTeams = teamsFor(role, teamIds, List.of());
		Account account = new Account(cleanUsername, displayName, email, role,
				(password != null) ? this.passwordEncoder.encode(password) : null);
		account.update(account.getDisplayName(), account.getEmail(), role, chosenTeams);
		account.identifiedAs(externalId);
		this.accounts.save(account);
		this.auditLog.record("ACCOUNT_CREATED", AUDIT_SUBJECT, account.getId(), account.getUsername(),
				describe(role, chosenTeams));
		return new MemberSummary(account.getId(), account.getDisplayName());
	}

	@Transactional
	Account update(long id, long version, long actorId, String displayName, String email, Role role,
			Collection<Long> teamIds) {
		return update(id, version, actorId, displayName, email, role, teamIds, get(id).getExternalId());
	}

	/**
	 * Saves what the admin set. A waiting account that gets a role becomes active: the
	 * admin's decision to let this person in.
	 */
	@Transactional
	Account update(long id, long version, long actorId, String displayName, String email, Role role,
			Collection<Long> teamIds, String externalId) {
		Account account = get(id);
		StaleVersionException.check(version, account.getVersion());
		requireFreeExternalId(externalId, account);
		if (account.getRole() == Role.ADMIN && role != Role.ADMIN) {
			if (account.getId() == actorId) {
				throw new FieldProblem("role", "account.role.ownAdmin");
			}
			requireAnotherActiveAdmin(account);
		}
		Set<Team> chosenTeams = teamsFor(role, teamIds, account.getTeams());
		boolean accessChanged = account.getRole() != role;
		boolean identityChanged = !Objects.equals(account.getExternalId(), externalId);
		account.update(displayName, email, role, chosenTeams);
		account.identifiedAs(externalId);
		this.auditLog.record("ACCOUNT_UPDATED", AUDIT_SUBJECT, account.getId(), account.getUsername(),
				describe(role, chosenTeams) + (identityChanged ? "; external identity changed" : ""));
		if (account.isWaiting()) {
			account.admit();
			this.auditLog.record("ACCOUNT_ADMITTED", AUDIT_SUBJECT, account.getId(), account.getUsername(), null);
		}
		if (accessChanged || identityChanged) {
			this.sessions.endAll(account.getUsername());
		}
		return account;
	}

	@Transactional
	public void deactivate(long id, long actorId) {
		Account account = get(id);
		if (account.getId() == actorId) {
			throw new FieldProblem("active", "account.deactivate.self");
		}
		if (account.getRole() == Role.ADMIN && account.isActive()) {
			requireAnotherActiveAdmin(account);
		}
		account.deactivate();
		this.auditLog.record("ACCOUNT_DEACTIVATED", AUDIT_SUBJECT, account.getId(), account.getUsername(), null);
		this.sessions.endAll(account.getUsername());
	}

	@Transactional
	public void reactivate(long id) {
		Account account = get(id);
		if (account.getRole() == null) {
			throw new FieldProblem("role", "account.waiting.needsRole");
		}
		account.reactivate();
		this.auditLog.record("ACCOUNT_REACTIVATED", AUDIT_SUBJECT, account.getId(), account.getUsername(), null);
	}

	@Transactional
	public void resetPassword(long id, String newPassword) {
		Account account = get(id);
		account.changePassword(this.passwordEncoder.encode(newPassword));
		this.lockout.unlock(account.getId());
		this.auditLog.record("ACCOUNT_PASSWORD_RESET", AUDIT_SUBJECT, account.getId(), account.getUsername(), null);
		this.sessions.endAll(account.getUsername());
	}

	@Transactional
	public void unlock(long id) {
		Account account = get(id);
		this.lockout.unlock(account.getId());
		this.auditLog.record("ACCOUNT_UNLOCKED", AUDIT_SUBJECT, account.getId(), account.getUsername(), null);
	}

	@Transactional
	public void changeOwnPassword(long accountId, String currentPassword, String newPassword, String currentSessionId) {
		Account account = get(accountId);
		if (!account.hasPassword() || !this.passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			throw new FieldProblem("currentPassword", "password.current.wrong");
		}
		account.changePassword(this.passwordEncoder.encode(newPassword));
		this.auditLog.record("PASSWORD_CHANGED", AUDIT_SUBJECT, account.getId(), account.getUsername(), null);
		// Someone who changes a password because it leaked wants every other device
		// signed out.
		this.sessions.endAllExcept(account.getUsername(), currentSessionId);
	}

	/** How to reach this person by mail, and in which language. */
	public AccountContact contact(long id) {
		Account account = get(id);
		return new AccountContact(account.getId(), account.getDisplayName(), account.getEmail(),
				account.getPreferredLanguage());
	}

	/** The person chooses the language of their mails: nl or en. */
	@Transactional
	public void setPreferredLanguage(long id, String language) {
		if (!AccountContact.LANGUAGES.contains(language)) {
			throw new FieldProblem("language", "account.language.unknown");
		}
		get(id).setPreferredLanguage(language);
	}

	/**
	 * Display names by account id, in one query, for lists that show whose case it is.
	 * Only the two columns, with the ids as one array: pages ask it on every view (the
	 * review queue, the comments on a step), and loading whole accounts by a list of ids
	 * made Hibernate translate the query anew each time.
	 */
	public Map<Long, String> displayNames(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, String> names = new HashMap<>();
		this.jdbc.sql("select id, display_name from account where id = any(?)")
			.param(ids.toArray(Long[]::new))
			.query((row) -> {
				names.put(row.getLong("id"), row.getString("display_name"));
			});
		return names;
	}

	public boolean usernameTaken(String username) {
		return this.accounts.findByUsername(username).isPresent();
	}

	public boolean isLocked(long accountId) {
		return this.lockout.lockedUntil(accountId).isPresent();
	}

	/** The number of accounts that wait for an admin to give them a role. */
	public long waitingCount() {
		return this.accounts.countByWaitingTrue();
	}

	private void requireFreeExternalId(String externalId, Account account) {
		if (externalId != null && this.accounts.findByExternalId(externalId)
			.filter((other) -> account == null || !other.getId().equals(account.getId()))
			.isPresent()) {
			throw new FieldProblem("externalId", "account.externalId.taken");
		}
	}

	private void requireAnotherActiveAdmin(Account admin) {
		// Locks the active admins' rows, so two admins removing each other at the same
		// moment cannot both pass.
		if (admin.isActive() && this.accounts.lockActiveAdmins().size() <= 1) {
			throw new FieldProblem("role", "account.lastAdmin");
		}
	}

	/**
	 * The teams chosen for an account. An archived team can be kept (so editing a name
	 * does not fail), but nobody is newly placed in one.
	 */
	private Set<Team> teamsFor(Role role, Collection<Long> teamIds, Collection<Team> current) {
		if (!role.needsTeam()) {
			return Set.of();
		}
		List<Team> found = (teamIds == null || teamIds.isEmpty()) ? List.of() : this.teams.findByIdIn(teamIds);
		if (found.isEmpty()) {
			throw new FieldProblem("teamIds", "account.teams.required");
		}
		if (found.stream().anyMatch((team) -> team.isArchived() && !current.contains(team))) {
			throw new FieldProblem("teamIds", "account.teams.archived");
		}
		if (found.size() > 1 && !role.allowsSeveralTeams()) {
			throw new FieldProblem("teamIds", "account.teams.consultantOne");
		}
		return new LinkedHashSet<>(found);
	}

	static String describe(Role role, Set<Team> teams) {
		return "role=" + role + (teams.isEmpty() ? ""
				: "; teams=" + teams.stream().map(Team::getName).sorted().collect(Collectors.joining(", ")));
	}

}
