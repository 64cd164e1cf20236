package nl.omgekeerdetoets.similarity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.omgekeerdetoets.shared.NoBsn;

/**
 * Why this case is the same as the earlier one, or differs. The version is the note's as
 * the form was opened: null for a new note.
 */
class ComparisonForm {

	@NotBlank(message = "{similar.note.required}")
	@Size(max = 2000, message = "{validation.size}")
	@NoBsn
	private String note;

	private Long version;

	static ComparisonForm from(SimilarCase.Comparison comparison) {
		ComparisonForm form = new ComparisonForm();
		if (comparison != null) {
			form.note = comparison.note();
			form.version = comparison.version();
		}
		return form;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
