package nl.omgekeerdetoets.prices;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import nl.omgekeerdetoets.shared.AmountEditor;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * A new price: the amount (typed the Dutch way, 1.234,56, see {@link AmountEditor}) and
 * the period from a day, until a day or open-ended.
 */
class PriceForm {

	@NotNull(message = "{price.amount.required}")
	@DecimalMin(value = "0.00", message = "{price.amount.negative}")
	@Digits(integer = 10, fraction = 2, message = "{price.amount.digits}")
	private BigDecimal amount;

	@NotNull(message = "{price.validFrom.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate validFrom;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate validTo;

	/** Puts an end before the start on the end's field, beside the other errors. */
	static void checkPeriod(LocalDate validFrom, LocalDate validTo, Errors errors) {
		if (validFrom != null && validTo != null && validTo.isBefore(validFrom) && !errors.hasFieldErrors("validTo")) {
			errors.rejectValue("validTo", "price.validTo.beforeFrom");
		}
	}

	NewPrice toNewPrice() {
		return new NewPrice(this.amount, this.validFrom, this.validTo);
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public void setAmount(BigDecimal amount) {
		this.amount = amount;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public void setValidFrom(LocalDate validFrom) {
		this.validFrom = validFrom;
	}

	public LocalDate getValidTo() {
		return this.validTo;
	}

	public void setValidTo(LocalDate validTo) {
		this.validTo = validTo;
	}

}
