package nl.omgekeerdetoets.cases;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import nl.omgekeerdetoets.shared.NoBsn;

/**
 * Opening a case: what it is about, for whom (a pseudonym or initials, never a BSN), and
 * the question as asked.
 */
class CaseIntakeForm {

	@NotBlank(message = "{case.title.required}")
	@Size(max = 150, message = "{validation.size}")
	@NoBsn
	private String title;

	@NotBlank(message = "{case.resident.required}")
	@Size(max = 60, message = "{validation.size}")
	@NoBsn(message = "{case.resident.bsn}")
	private String resident;

	@NotEmpty(message = "{case.domains.required}")
	private Set<LawDomain> domains = new LinkedHashSet<>();

	@NotBlank(message = "{case.question.required}")
	@Size(max = 4000, message = "{validation.size}")
	@NoBsn
	private String questionAsAsked;

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getResident() {
		return this.resident;
	}

	public void setResident(String resident) {
		this.resident = resident;
	}

	public Set<LawDomain> getDomains() {
		return this.domains;
	}

	public void setDomains(Set<LawDomain> domains) {
		this.domains = (domains != null) ? domains : new LinkedHashSet<>();
	}

	public String getQuestionAsAsked() {
		return this.questionAsAsked;
	}

	public void setQuestionAsAsked(String questionAsAsked) {
		this.questionAsAsked = questionAsAsked;
	}

}
