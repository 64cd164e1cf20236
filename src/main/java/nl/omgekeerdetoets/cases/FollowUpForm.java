package nl.omgekeerdetoets.cases;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.omgekeerdetoets.shared.NoBsn;

/**
 * A follow-up as the consultant fills it in: per desired effect whether it was reached,
 * with a note; and, when recorded before it is due, why. The case's version travels with
 * it: another save in between is a conflict, not an overwrite.
 */
class FollowUpForm {

	private List<@Valid OutcomeRow> outcomes = new ArrayList<>();

	// Required only when early: checked by the controller, which knows the date.
	@Size(max = 2000, message = "{validation.size}")
	@NoBsn
	private String earlyReason;

	private long version;

	/** What was recorded before, else one empty row per desired effect. */
	static FollowUpForm from(CaseFile c, FollowUp followUp) {
		FollowUpForm form = new FollowUpForm();
		for (int i = 0; i < c.getEffect().getEffects().size(); i++) {
			FollowUpResult result = followUp.resultFor(i);
			form.outcomes
				.add((result != null) ? new OutcomeRow(result.getOutcome(), result.getNote()) : new OutcomeRow());
		}
		form.earlyReason = followUp.getEarlyReason();
		form.version = c.getVersion();
		return form;
	}

	/** Every effect needs an outcome, also when the browser sent nothing for it. */
	void coverEffects(int effects) {
		while (this.outcomes.size() < effects) {
			this.outcomes.add(new OutcomeRow());
		}
		if (this.outcomes.size() > effects) {
			this.outcomes = new ArrayList<>(this.outcomes.subList(0, effects));
		}
	}

	List<FollowUpResult> results() {
		return this.outcomes.stream().map((row) -> new FollowUpResult(row.getOutcome(), row.getNote())).toList();
	}

	public List<OutcomeRow> getOutcomes() {
		return this.outcomes;
	}

	public void setOutcomes(List<OutcomeRow> outcomes) {
		this.outcomes = (outcomes != null) ? outcomes : new ArrayList<>();
	}

	public String getEarlyReason() {
		return this.earlyReason;
	}

	public void setEarlyReason(String earlyReason) {
		this.earlyReason = earlyReason;
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
