package nl.omgekeerdetoets.privacy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.omgekeerdetoets.shared.NoBsn;

/** A hold to place: which case, and why. */
class LegalHoldForm {

	@NotBlank(message = "{hold.reference.required}")
	@Size(max = 20, message = "{hold.reference.unknown}")
	private String reference;

	@NotNull(message = "{hold.reasonKind.required}")
	private HoldReason reasonKind;

	@NotBlank(message = "{hold.reason.required}")
	@Size(max = 500, message = "{hold.reason.size}")
	@NoBsn
	private String reason;

	public String getReference() {
		return this.reference;
	}

	public void setReference(String reference) {
		this.reference = reference;
	}

	public HoldReason getReasonKind() {
		return this.reasonKind;
	}

	public void setReasonKind(HoldReason reasonKind) {
		this.reasonKind = reasonKind;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
