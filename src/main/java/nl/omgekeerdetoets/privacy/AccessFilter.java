package nl.omgekeerdetoets.privacy;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * What the privacy officer looks up in the access log: one case (by reference), one
 * account (by username), a period of whole days, and whether to show only what stands
 * out. Without a period, the last 30 days.
 */
class AccessFilter {

	private String reference;

	private String account;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate to;

	private boolean unusual;

	void complete(LocalDate today) {
		if (this.to == null) {
			this.to = today;
		}
		if (this.from == null) {
			this.from = this.to.minusDays(29);
		}
	}

	void check(Errors errors) {
		if (this.from != null && this.to != null && this.to.isBefore(this.from)) {
			errors.rejectValue("to", "access.period.order");
		}
	}

	public String getReference() {
		return this.reference;
	}

	public void setReference(String reference) {
		this.reference = reference;
	}

	public String getAccount() {
		return this.account;
	}

	public void setAccount(String account) {
		this.account = account;
	}

	public LocalDate getFrom() {
		return this.from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getTo() {
		return this.to;
	}

	public void setTo(LocalDate to) {
		this.to = to;
	}

	public boolean isUnusual() {
		return this.unusual;
	}

	public void setUnusual(boolean unusual) {
		this.unusual = unusual;
	}

}
