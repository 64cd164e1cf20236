package nl.omgekeerdetoets.cases;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Embeddable;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Step 1 as stored: what the resident wants to reach, in their own words, and how we will
 * know it was reached. Only the goal counts here, not the means.
 */
@Embeddable
class EffectStep {

	// A JSON array on the case's row: no statement of its own when the case is read.
	@JdbcTypeCode(SqlTypes.JSON)
	private List<DesiredEffect> effects = new ArrayList<>();

	private String residentWords;

	private String ownStrength;

	private String meaningForPeople;

	void update(List<DesiredEffect> effects, String residentWords, String ownStrength, String meaningForPeople) {
		this.effects.clear();
		this.effects.addAll(effects);
		this.residentWords = residentWords;
		this.ownStrength = ownStrength;
		this.meaningForPeople = meaningForPeople;
	}

	public List<DesiredEffect> getEffects() {
		return this.effects;
	}

	public String getResidentWords() {
		return this.residentWords;
	}

	public String getOwnStrength() {
		return this.ownStrength;
	}

	public String getMeaningForPeople() {
		return this.meaningForPeople;
	}

}
