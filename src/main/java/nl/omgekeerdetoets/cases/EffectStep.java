package nl.omgekeerdetoets.cases;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;

/**
 * Step 1 as stored: what the resident wants to reach, in their own words, and how we will
 * know it was reached. Only the goal counts here, not the means.
 */
@Embeddable
class EffectStep {

	@ElementCollection
	@CollectionTable(name = "case_effect", joinColumns = @JoinColumn(name = "case_id"))
	@OrderColumn(name = "position")
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
