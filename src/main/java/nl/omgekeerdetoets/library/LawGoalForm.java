package nl.omgekeerdetoets.library;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.omgekeerdetoets.shared.NoBsn;

/**
 * The form for one goal of a law. {@code version} travels with the form so that a
 * concurrent edit is noticed.
 */
class LawGoalForm {

	@NotBlank(message = "{lawGoal.description.required}")
	@Size(max = 500, message = "{lawGoal.description.size}")
	@NoBsn
	private String description;

	@Size(max = 100, message = "{lawGoal.articleReference.size}")
	@NoBsn
	private String articleReference;

	@NotNull(message = "{lawGoal.position.required}")
	@Min(value = 0, message = "{lawGoal.position.range}")
	@Max(value = 9999, message = "{lawGoal.position.range}")
	private Integer position;

	private long version;

	/** An empty form that puts the new goal after the law's existing goals. */
	static LawGoalForm newFor(Law law) {
		LawGoalForm form = new LawGoalForm();
		form.position = law.nextGoalPosition();
		return form;
	}

	static LawGoalForm from(LawGoal goal) {
		LawGoalForm form = new LawGoalForm();
		form.description = goal.getDescription();
		form.articleReference = goal.getArticleReference();
		form.position = goal.getPosition();
		form.version = goal.getVersion();
		return form;
	}

	LawGoalDetails toDetails() {
		return new LawGoalDetails(this.description, this.articleReference, this.position);
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getArticleReference() {
		return this.articleReference;
	}

	public void setArticleReference(String articleReference) {
		this.articleReference = articleReference;
	}

	public Integer getPosition() {
		return this.position;
	}

	public void setPosition(Integer position) {
		this.position = position;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
