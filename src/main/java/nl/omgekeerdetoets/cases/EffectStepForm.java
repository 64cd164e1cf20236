package nl.omgekeerdetoets.cases;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import nl.omgekeerdetoets.shared.NoBsn;

/**
 * Step 1, the effect: what the resident wants to reach, in their own words, and how we
 * will know.
 */
class EffectStepForm implements StepForm {

	private List<@Valid EffectRow> effects = new ArrayList<>();

	@Size(max = 4000, message = "{validation.size}")
	@NoBsn
	private String residentWords;

	@Size(max = 4000, message = "{validation.size}")
	@NoBsn
	private String ownStrength;

	@Size(max = 4000, message = "{validation.size}")
	@NoBsn
	private String meaningForPeople;

	private long version;

	static EffectStepForm from(CaseFile c) {
		EffectStepForm form = new EffectStepForm();
		c.getEffects().forEach((e) -> form.effects.add(new EffectRow(e.getDescription(), e.getIndicator())));
		form.residentWords = c.getResidentWords();
		form.ownStrength = c.getOwnStrength();
		form.meaningForPeople = c.getMeaningForPeople();
		form.version = c.getVersion();
		return form;
	}

	@Override
	public Step step() {
		return Step.EFFECT;
	}

	@Override
	public void applyTo(CaseFile c) {
		List<DesiredEffect> kept = this.effects.stream()
			.filter((row) -> !row.isBlank())
			.map((row) -> new DesiredEffect(StepForm.clean(row.getDescription()), StepForm.clean(row.getIndicator())))
			.toList();
		c.saveEffectStep(kept, StepForm.clean(this.residentWords), StepForm.clean(this.ownStrength),
				StepForm.clean(this.meaningForPeople));
	}

	/** Shows at least one row to fill in, plus the extra empty rows asked for. */
	void padRows(int extra) {
		int wanted = Math.max(1, this.effects.size() + extra);
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

	@Override
	public long getVersion() {
		return this.version;
	}

	@Override
	public void setVersion(long version) {
		this.version = version;
	}

	public static class EffectRow {

		@Size(max = 2000, message = "{validation.size}")
		@NoBsn
		private String description;

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
			return StepForm.clean(this.description) == null && StepForm.clean(this.indicator) == null;
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
