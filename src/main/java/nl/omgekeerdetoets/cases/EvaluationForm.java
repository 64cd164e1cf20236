package nl.omgekeerdetoets.cases;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.omgekeerdetoets.shared.NoBsn;

/**
 * The evaluation: per desired effect, whether it was reached, with a note. This is the
 * case's outcome.
 */
class EvaluationForm {

	private List<@Valid OutcomeRow> outcomes = new ArrayList<>();

	private long version;

	static EvaluationForm from(CaseFile c) {
		EvaluationForm form = new EvaluationForm();
		c.getEffect()
			.getEffects()
			.forEach((e) -> form.outcomes.add(new OutcomeRow(e.getOutcome(), e.getOutcomeNote())));
		form.version = c.getVersion();
		return form;
	}

	public List<OutcomeRow> getOutcomes() {
		return this.outcomes;
	}

	public void setOutcomes(List<OutcomeRow> outcomes) {
		this.outcomes = (outcomes != null) ? outcomes : new ArrayList<>();
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public static class OutcomeRow {

		@NotNull(message = "{evaluation.outcome.required}")
		private Choices.Outcome outcome;

		@Size(max = 2000, message = "{validation.size}")
		@NoBsn
		private String note;

		public OutcomeRow() {
		}

		OutcomeRow(Choices.Outcome outcome, String note) {
			this.outcome = outcome;
			this.note = note;
		}

		public Choices.Outcome getOutcome() {
			return this.outcome;
		}

		public void setOutcome(Choices.Outcome outcome) {
			this.outcome = outcome;
		}

		public String getNote() {
			return this.note;
		}

		public void setNote(String note) {
			this.note = note;
		}

	}

}
