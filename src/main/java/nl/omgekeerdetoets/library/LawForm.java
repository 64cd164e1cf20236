package nl.omgekeerdetoets.library;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.omgekeerdetoets.shared.NoBsn;

/**
 * The law form. {@code version} travels with the form so that a concurrent edit is
 * noticed.
 */
class LawForm {

	@NotBlank(message = "{law.name.required}")
	@Size(max = 150, message = "{law.name.size}")
	@NoBsn
	private String name;

	@Size(max = 1000, message = "{law.purpose.size}")
	@NoBsn
	private String purpose;

	@NotNull(message = "{law.position.required}")
	@Min(value = 0, message = "{law.position.range}")
	@Max(value = 9999, message = "{law.position.range}")
	private Integer position = 0;

	private boolean active = true;

	private long version;

	static LawForm from(Law law) {
		LawForm form = new LawForm();
		form.name = law.getName();
		form.purpose = law.getPurpose();
		form.position = law.getPosition();
		form.active = law.isActive();
		form.version = law.getVersion();
		return form;
	}

	LawDetails toDetails() {
		return new LawDetails(this.name, this.purpose, this.position, this.active);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getPurpose() {
		return this.purpose;
	}

	public void setPurpose(String purpose) {
		this.purpose = purpose;
	}

	public Integer getPosition() {
		return this.position;
	}

	public void setPosition(Integer position) {
		this.position = position;
	}

	public boolean isActive() {
		return this.active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
