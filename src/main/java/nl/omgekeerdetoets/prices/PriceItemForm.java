package nl.omgekeerdetoets.prices;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.omgekeerdetoets.shared.NoBsn;

/**
 * The descriptive fields of an item, all an admin may change once it exists.
 * {@code version} travels with the form so that a concurrent edit is noticed.
 */
class PriceItemForm {

	@NotBlank(message = "{price.name.required}")
	@Size(max = 150, message = "{price.name.size}")
	@NoBsn
	private String name;

	@Size(max = 500, message = "{price.description.size}")
	@NoBsn
	private String description;

	@Size(max = 300, message = "{price.sourceNote.size}")
	@NoBsn
	private String sourceNote;

	private boolean example;

	private long version;

	static PriceItemForm from(PriceItem item) {
		PriceItemForm form = new PriceItemForm();
		form.name = item.getName();
		form.description = item.getDescription();
		form.sourceNote = item.getSourceNote();
		form.example = item.isExample();
		form.version = item.getVersion();
		return form;
	}

	PriceItemDetails toDetails() {
		return new PriceItemDetails(this.name, this.description, this.sourceNote, this.example);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getSourceNote() {
		return this.sourceNote;
	}

	public void setSourceNote(String sourceNote) {
		this.sourceNote = sourceNote;
	}

	public boolean isExample() {
		return this.example;
	}

	public void setExample(boolean example) {
		this.example = example;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
