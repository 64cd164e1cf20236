package nl.omgekeerdetoets.prices;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import nl.omgekeerdetoets.shared.FieldOrder;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A new item with its first price. Unit and payer are chosen here only: they give every
 * later price its meaning.
 */
@FieldOrder({ "name", "unit", "payer", "description", "sourceNote", "amount", "validFrom", "validTo" })
class NewPriceItemForm extends PriceItemForm {

	@NotNull(message = "{price.unit.required}")
	private PriceUnit unit;

	@NotNull(message = "{price.payer.required}")
	private Payer payer;

	@NotNull(message = "{price.amount.required}")
	@DecimalMin(value = "0.00", message = "{price.amount.negative}")
	@Digits(integer = 10, fraction = 2, message = "{price.amount.digits}")
	private BigDecimal amount;

	@NotNull(message = "{price.validFrom.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate validFrom;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate validTo;

	NewPrice toNewPrice() {
		return new NewPrice(this.amount, this.validFrom, this.validTo);
	}

	public PriceUnit getUnit() {
		return this.unit;
	}

	public void setUnit(PriceUnit unit) {
		this.unit = unit;
	}

	public Payer getPayer() {
		return this.payer;
	}

	public void setPayer(Payer payer) {
		this.payer = payer;
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
