package nl.omgekeerdetoets.cases;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * Another department or organisation involved in a case: of which kind, its name, who the
 * contact is and what they agreed. Maatwerk often needs them (a housing corporation that
 * waits with an eviction, handhaving that gives time), and an action of the step plan may
 * be theirs.
 */
@Embeddable
class Party {

	@Enumerated(EnumType.STRING)
	private Choices.PartyKind kind;

	private String name;

	private String contact;

	private String agreement;

	protected Party() {
	}

	Party(Choices.PartyKind kind, String name, String contact, String agreement) {
		this.kind = kind;
		this.name = name;
		this.contact = contact;
		this.agreement = agreement;
	}

	public Choices.PartyKind getKind() {
		return this.kind;
	}

	public String getName() {
		return this.name;
	}

	public String getContact() {
		return this.contact;
	}

	public String getAgreement() {
		return this.agreement;
	}

}
