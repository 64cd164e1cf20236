package nl.omgekeerdetoets.teams;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Version;

/**
 * Someone who signs in. Never deleted: later casework refers to the people who did it, so
 * an account that leaves is deactivated instead.
 */
@Entity
class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String displayName;

	private String email;

	/** The language of the mails this person receives: nl or en. */
	private String preferredLanguage = "nl";

	@Enumerated(EnumType.STRING)
	private Role role;

	private String passwordHash;

	private boolean active = true;

	/**
	 * Signed in at the identity provider unknown to the app, and kept for an admin to
	 * give a role: inactive, without role or password until then.
	 */
	private boolean waiting;

	/** The account's identity at the identity provider (the claim the app matches on). */
	private String externalId;

	private Instant createdAt = Instant.now();

	@ManyToMany
	@JoinTable(name = "account_team", joinColumns = @JoinColumn(name = "account_id"),
			inverseJoinColumns = @JoinColumn(name = "team_id"))
	private Set<Team> teams = new LinkedHashSet<>();

	@Version
	private long version;

	protected Account() {
	}

	Account(String username, String displayName, String email, Role role, String passwordHash) {
		this.username = username;
		this.displayName = displayName;
		this.email = email;
		this.role = role;
		this.passwordHash = passwordHash;
	}

	/**
	 * Someone who signed in at the identity provider while the app did not know them: an
	 * account that waits for an admin, without role, teams or password.
	 */
	static Account waiting(String username, String displayName, String email, String externalId) {
		Account account = new Account(username, displayName, email, null, null);
		account.active = false;
		account.waiting = true;
		account.externalId = externalId;
		return account;
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public String getEmail() {
		return this.email;
	}

	public String getPreferredLanguage() {
		return this.preferredLanguage;
	}

	void setPreferredLanguage(String preferredLanguage) {
		this.preferredLanguage = preferredLanguage;
	}

	public Role getRole() {
		return this.role;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	public boolean isActive() {
		return this.active;
	}

	public boolean isWaiting() {
		return this.waiting;
	}

	public String getExternalId() {
		return this.externalId;
	}

	/**
	 * Whether a password was ever set: accounts that came in through the provider have
	 * none.
	 */
	boolean hasPassword() {
		return this.passwordHash != null;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public long getVersion() {
		return this.version;
	}

	/** The teams in name order: the consultant's one team, or the teams a lead leads. */
	public List<Team> getTeams() {
		return this.teams.stream().sorted(Comparator.comparing(Team::getName, String.CASE_INSENSITIVE_ORDER)).toList();
	}

	Set<Team> teams() {
		return this.teams;
	}

	void update(String displayName, String email, Role role, Set<Team> teams) {
		this.displayName = displayName;
		this.email = email;
		this.role = role;
		this.teams.clear();
		this.teams.addAll(teams);
	}

	void identifiedAs(String externalId) {
		this.externalId = externalId;
	}

	/**
	 * A waiting account that an admin gave a role: it may sign in from now on.
	 */
	void admit() {
		this.waiting = false;
		this.active = true;
	}

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	void deactivate() {
		this.active = false;
		// An admin who deactivates a waiting account has decided: it no longer waits.
		this.waiting = false;
	}

	void reactivate() {
		this.active = true;
	}

}
