package nl.omgekeerdetoets.prices;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;
import nl.omgekeerdetoets.shared.FieldProblem;

/**
 * A product or service on the price list, with its prices over time. Its unit and payer
 * are fixed once it exists: they give its prices their meaning. Never deleted, retired
 * instead.
 */
@Entity
class PriceItem {

	/** Days in messages, as people in both languages of the app type them. */
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	@Enumerated(EnumType.STRING)
	private PriceUnit unit;

	@Enumerated(EnumType.STRING)
	private Payer payer;

	private String description;

	private String sourceNote;

	private boolean example;

	private boolean active = true;

	private Instant createdAt = Instant.now();

	@OneToMany(mappedBy = "item")
	private List<Price> prices = new ArrayList<>();

	@Version
	private long version;

	protected PriceItem() {
	}

	PriceItem(PriceUnit unit, Payer payer) {
		this.unit = unit;
		this.payer = payer;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public PriceUnit getUnit() {
		return this.unit;
	}

	public Payer getPayer() {
		return this.payer;
	}

	public String getDescription() {
		return this.description;
	}

	/** Where the price comes from, e.g. "tarief Wmo-verordening 2026". */
	public String getSourceNote() {
		return this.sourceNote;
	}

	/** An example price not yet checked against the municipality's own rates. */
	public boolean isExample() {
		return this.example;
	}

	public boolean isActive() {
		return this.active;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public long getVersion() {
		return this.version;
	}

	/** All prices, newest period first. Only loaded where the query says so. */
	public List<Price> getPrices() {
		return this.prices.stream().sorted(Comparator.comparing(Price::getValidFrom).reversed()).toList();
	}

	/** The price that applies on this day, if any. */
	public Optional<Price> priceOn(LocalDate day) {
		return this.prices.stream().filter((price) -> price.appliesOn(day)).findFirst();
	}

	void describe(String name, String description, String sourceNote, boolean example) {
		this.name = name;
		this.description = description;
		this.sourceNote = sourceNote;
		this.example = example;
	}

	/**
	 * Starts a new price on {@code from}. An open period before it ends the day before;
	 * an earlier or overlapping start is refused, so no price that applied is changed.
	 */
	Price addPrice(BigDecimal amount, LocalDate from, LocalDate to, String createdBy) {
		Optional<Price> latest = this.prices.stream().max(Comparator.comparing(Price::getValidFrom));
		if (latest.isPresent()) {
			Price last = latest.get();
			if (!from.isAfter(last.getValidFrom())) {
				throw new FieldProblem("validFrom", "price.validFrom.notAfterLatest", DAY.format(last.getValidFrom()));
			}
			if (last.getValidTo() == null) {
				last.closeOn(from.minusDays(1));
			}
			else if (!from.isAfter(last.getValidTo())) {
				throw new FieldProblem("validFrom", "price.validFrom.overlaps", DAY.format(last.getValidTo()));
			}
		}
		Price price = new Price(this, amount, from, to, createdBy);
		this.prices.add(price);
		return price;
	}

	void retire() {
		this.active = false;
	}

	void restore() {
		this.active = true;
	}

}
