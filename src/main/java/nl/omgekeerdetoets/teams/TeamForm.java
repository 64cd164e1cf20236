package nl.omgekeerdetoets.teams;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

	@Min(value = 1, message = "{team.caseloadThreshold.range}")
	@Max(value = 500, message = "{team.caseloadThreshold.range}")
	private Integer caseloadThreshold;

	private long version;

	static TeamForm from(Team team) {
		TeamForm form = new TeamForm();
		form.name = team.getName();
		form.casesVisibleToMembers = team.isCasesVisibleToMembers();
		form.caseloadThreshold = team.getCaseloadThreshold();
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

	public Integer getCaseloadThreshold() {
		return this.caseloadThreshold;
	}

	public void setCaseloadThreshold(Integer caseloadThreshold) {
		this.caseloadThreshold = caseloadThreshold;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
