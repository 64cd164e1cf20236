package nl.omgekeerdetoets.privacy;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.omgekeerdetoets.shared.NoBsn;

/**
 * What an admin changes of a rule: the period and where it comes from. {@code version}
 * travels with the form so that a concurrent edit is noticed.
 */
class RetentionRuleForm {

	@NotNull(message = "{retention.keepMonths.required}")
	@Min(value = 1, message = "{retention.keepMonths.range}")
	@Max(value = 1200, message = "{retention.keepMonths.range}")
	private Integer keepMonths;

	@NotBlank(message = "{retention.source.required}")
	@Size(max = 300, message = "{retention.source.size}")
	@NoBsn
	private String source;

	private boolean sourceChecked;

	private long version;

	static RetentionRuleForm from(RetentionRule rule) {
		RetentionRuleForm form = new RetentionRuleForm();
		form.keepMonths = rule.getKeepMonths();
		form.source = rule.getSource();
		form.sourceChecked = rule.isSourceChecked();
		form.version = rule.getVersion();
		return form;
	}

	public Integer getKeepMonths() {
		return this.keepMonths;
	}

	public void setKeepMonths(Integer keepMonths) {
		this.keepMonths = keepMonths;
	}

	public String getSource() {
		return this.source;
	}

	public void setSource(String source) {
		this.source = source;
	}

	public boolean isSourceChecked() {
		return this.sourceChecked;
	}

	public void setSourceChecked(boolean sourceChecked) {
		this.sourceChecked = sourceChecked;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
