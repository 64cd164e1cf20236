package nl.omgekeerdetoets.casebook;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.omgekeerdetoets.shared.NoBsn;

/** The year, title and introduction of an edition. */
class EditionForm {

	@NotNull(message = "{casebook.edition.year.required}")
	@Min(value = 2000, message = "{casebook.edition.year.required}")
	@Max(value = 2100, message = "{casebook.edition.year.required}")
	private Integer year;

	@NotBlank(message = "{casebook.edition.title.required}")
	@Size(max = 150, message = "{validation.size}")
	@NoBsn
	private String title;

	@NotBlank(message = "{casebook.edition.introduction.required}")
	@Size(max = 4000, message = "{validation.size}")
	@NoBsn
	private String introduction;

	private long version;

	static EditionForm startFresh(int year) {
		EditionForm form = new EditionForm();
		form.year = year;
		return form;
	}

	static EditionForm from(CasebookEdition edition) {
		EditionForm form = new EditionForm();
		form.year = edition.getYear();
		form.title = edition.getTitle();
		form.introduction = edition.getIntroduction();
		form.version = edition.getVersion();
		return form;
	}

	public Integer getYear() {
		return this.year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getIntroduction() {
		return this.introduction;
	}

	public void setIntroduction(String introduction) {
		this.introduction = introduction;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
