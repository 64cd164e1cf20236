package nl.omgekeerdetoets.teams;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.omgekeerdetoets.shared.NoBsn;

/**
 * The team form. {@code version} travels with the form so that a concurrent edit is
 * noticed.
 */
class TeamForm {

	@NotBlank(message = "{team.name.required}")
	@Size(max = 100, message = "{team.name.size}")
	@NoBsn
	private String name;

	private boolean casesVisibleToMembers;

	private long version;

	static TeamForm from(Team team) {
		TeamForm form = new TeamForm();
		form.name = team.getName();
		form.casesVisibleToMembers = team.isCasesVisibleToMembers();
		form.version = team.getVersion();
		return form;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public boolean isCasesVisibleToMembers() {
		return this.casesVisibleToMembers;
	}

	public void setCasesVisibleToMembers(boolean casesVisibleToMembers) {
		this.casesVisibleToMembers = casesVisibleToMembers;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
