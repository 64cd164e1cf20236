package nl.omgekeerdetoets.prices;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * The price of an item over a period. Never changed once written: the only change is
 * closing its open end when the next period starts (the database refuses anything else,
 * see V12__price_list.sql).
 */
@Entity
class Price {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "price_item_id", updatable = false)
	private PriceItem item;

	@Column(updatable = false)
	private BigDecimal amount;

	@Column(updatable = false)
	private LocalDate validFrom;

	private LocalDate validTo;

	@Column(updatable = false)
	private Instant createdAt = Instant.now();

	@Column(updatable = false)
	private String createdBy;

	protected Price() {
	}

	Price(PriceItem item, BigDecimal amount, LocalDate validFrom, LocalDate validTo, String createdBy) {
		this.item = item;
		this.amount = amount;
		this.validFrom = validFrom;
		this.validTo = validTo;
		this.createdBy = createdBy;
	}

	public Long getId() {
		return this.id;
	}

	PriceItem getItem() {
		return this.item;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	/** The last day this price applies, or null while open-ended. */
	public LocalDate getValidTo() {
		return this.validTo;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	/** Whether this price applies on that day. */
	public boolean appliesOn(LocalDate day) {
		return !day.isBefore(this.validFrom) && (this.validTo == null || !day.isAfter(this.validTo));
	}

	void closeOn(LocalDate lastDay) {
		if (this.validTo != null) {
			throw new IllegalStateException("Price " + this.id + " is already closed");
		}
		this.validTo = lastDay;
	}

}
