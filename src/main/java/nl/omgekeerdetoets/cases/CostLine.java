package nl.omgekeerdetoets.cases;

import java.math.BigDecimal;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import nl.omgekeerdetoets.prices.Payer;
import nl.omgekeerdetoets.prices.PriceUnit;

/**
 * One line of the cost comparison: in the scenario with or without maatwerk, this payer
 * pays this much a year for this many years. The amount a year is either typed as a free
 * amount, or an item of the price list times a quantity a year. A priced line keeps the
 * price it was made with (the price's id and amount, and the item's name and unit as they
 * were then): a later price period or a renamed item does not change the case's figures.
 */
@Embeddable
class CostLine {

	@Enumerated(EnumType.STRING)
	private Choices.Scenario scenario;

	@Enumerated(EnumType.STRING)
	private Payer payer;

	private String description;

	/** The free amount a year; null on a priced line. */
	private BigDecimal amountPerYear;

	private Integer years;

	private Long priceItemId;

	private Long priceId;

	private String itemName;

	@Enumerated(EnumType.STRING)
	private PriceUnit unit;

	private BigDecimal unitPrice;

	private BigDecimal quantityPerYear;

	protected CostLine() {
	}

	/** A line with a free amount a year. */
	CostLine(Choices.Scenario scenario, Payer payer, String description, BigDecimal amountPerYear, Integer years) {
		this.scenario = scenario;
		this.payer = payer;
		this.description = description;
		this.amountPerYear = amountPerYear;
		this.years = years;
	}

	/** A line priced from the price list: the price is the one kept from now on. */
	static CostLine priced(Choices.Scenario scenario, Payer payer, String description, ItemPrice price,
			BigDecimal quantityPerYear, Integer years) {
		CostLine line = new CostLine(scenario, payer, description, null, years);
		line.priceItemId = price.itemId();
		line.priceId = price.priceId();
		line.itemName = price.name();
		line.unit = price.unit();
		line.unitPrice = price.amount();
		line.quantityPerYear = quantityPerYear;
		return line;
	}

	public Choices.Scenario getScenario() {
		return this.scenario;
	}

	public Payer getPayer() {
		return this.payer;
	}

	public String getDescription() {
		return this.description;
	}

	/** The free amount a year as typed; null on a priced line (see {@link #yearly()}). */
	public BigDecimal getAmountPerYear() {
		return this.amountPerYear;
	}

	public Integer getYears() {
		return this.years;
	}

	public boolean isPriced() {
		return this.priceItemId != null;
	}

	public Long getPriceItemId() {
		return this.priceItemId;
	}

	public Long getPriceId() {
		return this.priceId;
	}

	public String getItemName() {
		return this.itemName;
	}

	public PriceUnit getUnit() {
		return this.unit;
	}

	public BigDecimal getUnitPrice() {
		return this.unitPrice;
	}

	public BigDecimal getQuantityPerYear() {
		return this.quantityPerYear;
	}

	/** The kept price of a priced line, to price the same item again the same way. */
	ItemPrice keptPrice() {
		return isPriced()
				? new ItemPrice(this.priceItemId, this.priceId, this.itemName, this.unit, null, this.unitPrice, null)
				: null;
	}

	/** What the line costs in one year, in cents; see {@link CostComparison#yearly}. */
	public BigDecimal yearly() {
		return CostComparison.yearly(this);
	}

	/** What the line costs over its years; see {@link CostComparison#total}. */
	public BigDecimal total() {
		return CostComparison.total(this);
	}

}
