package nl.omgekeerdetoets.cases;

import java.math.BigDecimal;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One line of the cost comparison: in the scenario with or without maatwerk, this payer
 * pays this much a year for this many years.
 */
@Embeddable
class CostLine {

	@Enumerated(EnumType.STRING)
	private Choices.Scenario scenario;

	@Enumerated(EnumType.STRING)
	private Choices.Payer payer;

	private String description;

	private BigDecimal amountPerYear;

	private Integer years;

	protected CostLine() {
	}

	CostLine(Choices.Scenario scenario, Choices.Payer payer, String description, BigDecimal amountPerYear,
			Integer years) {
		this.scenario = scenario;
		this.payer = payer;
		this.description = description;
		this.amountPerYear = amountPerYear;
		this.years = years;
	}

	public Choices.Scenario getScenario() {
		return this.scenario;
	}

	public Choices.Payer getPayer() {
		return this.payer;
	}

	public String getDescription() {
		return this.description;
	}

	public BigDecimal getAmountPerYear() {
		return this.amountPerYear;
	}

	public Integer getYears() {
		return this.years;
	}

	/** Amount per year times years, exactly; zero while either is missing. */
	public BigDecimal total() {
		if (this.amountPerYear == null || this.years == null) {
			return BigDecimal.ZERO;
		}
		return this.amountPerYear.multiply(BigDecimal.valueOf(this.years));
	}

}
