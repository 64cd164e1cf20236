package nl.omgekeerdetoets.teams;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.omgekeerdetoets.shared.NoBsn;

/**
 * The fields an admin edits on an existing account. {@link NewAccountForm} adds the
 * username and first password.
 */
class AccountForm {

	@NotBlank(message = "{account.displayName.required}")
	@Size(max = 100, message = "{account.displayName.size}")
	@NoBsn
	private String displayName;

	@Email(message = "{account.email.invalid}")
	@Size(max = 200, message = "{account.email.size}")
	@NoBsn
	private String email;

	@NotNull(message = "{account.role.required}")
	private Role role;

	private List<Long> teamIds = new ArrayList<>();

	/** Shown, and applied, only where an identity provider is configured. */
	@Size(max = 255, message = "{account.externalId.size}")
	private String externalId;

	private long version;

	static AccountForm from(Account account) {
		AccountForm form = new AccountForm();
		form.displayName = account.getDisplayName();
		form.email = account.getEmail();
		form.role = account.getRole();
		form.teamIds = new ArrayList<>(account.getTeams().stream().map(Team::getId).toList());
		form.externalId = account.getExternalId();
		form.version = account.getVersion();
		return form;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public List<Long> getTeamIds() {
		return this.teamIds;
	}

	public void setTeamIds(List<Long> teamIds) {
		this.teamIds = (teamIds != null) ? teamIds : new ArrayList<>();
	}

	public String getExternalId() {
		return this.externalId;
	}

	public void setExternalId(String externalId) {
		this.externalId = externalId;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
