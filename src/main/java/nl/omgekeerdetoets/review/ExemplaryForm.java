package nl.omgekeerdetoets.review;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.omgekeerdetoets.cases.Step;

/**
 * What a lead writes to share an approved case as an example: why, and an anonymised
 * summary and reasoning.
 */
class ExemplaryForm {

	private boolean forTraining;

	private boolean shareOrganisation;

	private boolean proposeCasebook;

	@NotBlank(message = "{exemplary.title.required}")
	@Size(max = 150, message = "{validation.size}")
	private String title;

	@NotBlank(message = "{exemplary.summary.required}")
	@Size(max = 4000, message = "{validation.size}")
	private String summary;

	@NotBlank(message = "{exemplary.reasoning.required}")
	@Size(max = 4000, message = "{validation.size}")
	private String reasoning;

	private Set<Step> steps = EnumSet.noneOf(Step.class);

	private long version;

	static ExemplaryForm startFresh() {
		ExemplaryForm form = new ExemplaryForm();
		form.shareOrganisation = true;
		return form;
	}

	static ExemplaryForm from(ExemplaryCase entry) {
		ExemplaryForm form = new ExemplaryForm();
		form.forTraining = entry.isForTraining();
		form.shareOrganisation = entry.isShareOrganisation();
		form.proposeCasebook = entry.isProposeCasebook();
		form.title = entry.getTitle();
		form.summary = entry.getSummary();
		form.reasoning = entry.getReasoning();
		entry.getStepList().forEach((step) -> form.steps.add(Step.valueOf(step)));
		form.version = entry.getVersion();
		return form;
	}

	/** At least one reason to mark it: training, sharing or the casebook. */
	@AssertTrue(message = "{exemplary.reason.required}")
	public boolean isAnyReason() {
		return this.forTraining || this.shareOrganisation || this.proposeCasebook;
	}

	public boolean isForTraining() {
		return this.forTraining;
	}

	public void setForTraining(boolean forTraining) {
		this.forTraining = forTraining;
	}

	public boolean isShareOrganisation() {
		return this.shareOrganisation;
	}

	public void setShareOrganisation(boolean shareOrganisation) {
		this.shareOrganisation = shareOrganisation;
	}

	public boolean isProposeCasebook() {
		return this.proposeCasebook;
	}

	public void setProposeCasebook(boolean proposeCasebook) {
		this.proposeCasebook = proposeCasebook;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getReasoning() {
		return this.reasoning;
	}

	public void setReasoning(String reasoning) {
		this.reasoning = reasoning;
	}

	public Set<Step> getSteps() {
		return this.steps;
	}

	public void setSteps(Set<Step> steps) {
		this.steps = (steps != null) ? steps : EnumSet.noneOf(Step.class);
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
