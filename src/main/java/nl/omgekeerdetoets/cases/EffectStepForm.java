package nl.omgekeerdetoets.cases;

import java.util.ArrayList;
import java.util.List;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import nl.omgekeerdetoets.shared.NoBsn;

/**
 * Step 1, the effect: what the resident wants to reach, in their own words, and how we
 * will know.
 */
class EffectStepForm extends StepForm {

	static final List<StepField> FIELDS = List.of(
			StepField.group("effects", "effect.description", "effects0.description", "effects"),
			StepField.group("indicators", "effect.indicator", "effects0.indicator"),
			StepField.of("residentWords", "effect.residentWords"), StepField.of("ownStrength", "effect.ownStrength"),
			StepField.of("meaningForPeople", "effect.meaningForPeople"));

	@NotEmpty(groups = Complete.class, message = "{gap.effects}")
	private List<@Valid EffectRow> effects = new ArrayList<>();

	@Size(max = 4000, message = "{validation.size}")
	@NoBsn
	private String residentWords;

	@NotBlank(groups = Complete.class, message = "{gap.ownStrength}")
	@Size(max = 4000, message = "{validation.size}")
	@NoBsn
	private String ownStrength;

	@Size(max = 4000, message = "{validation.size}")
	@NoBsn
	private String meaningForPeople;

	@Override
	void load(CaseFile caseFile) {
		EffectStep step = caseFile.getEffect();
		step.getEffects().forEach((e) -> this.effects.add(new EffectRow(e.getDescription(), e.getIndicator())));
		this.residentWords = step.getResidentWords();
		this.ownStrength = step.getOwnStrength();
		this.meaningForPeople = step.getMeaningForPeople();
	}

	@Override
	Step step() {
		return Step.EFFECT;
	}

	@Override
	List<StepField> fields() {
		return FIELDS;
	}

	@Override
	void applyTo(CaseFile caseFile) {
		List<DesiredEffect> kept = this.effects.stream()
			.filter((row) -> !row.isBlank())
			.map((row) -> new DesiredEffect(row.getDescription(), row.getIndicator()))
			.toList();
		caseFile.getEffect().update(kept, this.residentWords, this.ownStrength, this.meaningForPeople);
	}

	@Override
	Map<String, List<?>> rows() {
		return Map.of("effects", this.effects);
	}

	@Override
	void padRows(String extraRowIn) {
		int wanted = Math.max(1, this.effects.size() + ("effects".equals(extraRowIn) ? 1 : 0));
		while (this.effects.size() < wanted) {
			this.effects.add(new EffectRow());
		}
	}

	public List<EffectRow> getEffects() {
		return this.effects;
	}

	public void setEffects(List<EffectRow> effects) {
		this.effects = (effects != null) ? effects : new ArrayList<>();
	}

	public String getResidentWords() {
		return this.residentWords;
	}

	public void setResidentWords(String residentWords) {
		this.residentWords = residentWords;
	}

	public String getOwnStrength() {
		return this.ownStrength;
	}

	public void setOwnStrength(String ownStrength) {
		this.ownStrength = ownStrength;
	}

	public String getMeaningForPeople() {
		return this.meaningForPeople;
	}

	public void setMeaningForPeople(String meaningForPeople) {
		this.meaningForPeople = meaningForPeople;
	}

	public static class EffectRow {

		@NotBlank(groups = Complete.class, message = "{gap.effect.description}")
		@Size(max = 2000, message = "{validation.size}")
		@NoBsn
		private String description;

		@NotBlank(groups = Complete.class, message = "{gap.effect.indicator}")
		@Size(max = 2000, message = "{validation.size}")
		@NoBsn
		private String indicator;

		public EffectRow() {
		}

		EffectRow(String description, String indicator) {
			this.description = description;
			this.indicator = indicator;
		}

		boolean isBlank() {
			return this.description == null && this.indicator == null;
		}

		public String getDescription() {
			return this.description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public String getIndicator() {
			return this.indicator;
		}

		public void setIndicator(String indicator) {
			this.indicator = indicator;
		}

	}

}
