package nl.omgekeerdetoets.reporting;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.omgekeerdetoets.shared.NoBsn;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** The forms of the return day's pages. */
final class ReturnDayForms {

	private ReturnDayForms() {
	}

	/** Planning a return day. Without a period: the six months before the day. */
	static class PlanForm {

		@NotNull(message = "{returnDay.heldOn.required}")
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate heldOn;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate periodFrom;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate periodTo;

		private List<Long> teamIds;

		void check(Errors errors) {
			if (this.heldOn != null && this.periodTo == null) {
				this.periodTo = this.heldOn.minusDays(1);
			}
			if (this.periodTo != null && this.periodFrom == null) {
				this.periodFrom = this.periodTo.minusMonths(6).plusDays(1);
			}
			if (this.periodFrom != null && this.periodTo != null && this.periodTo.isBefore(this.periodFrom)
					&& !errors.hasFieldErrors("periodTo")) {
				errors.rejectValue("periodTo", "overview.period.order");
			}
		}

		public LocalDate getHeldOn() {
			return this.heldOn;
		}

		public void setHeldOn(LocalDate heldOn) {
			this.heldOn = heldOn;
		}

		public LocalDate getPeriodFrom() {
			return this.periodFrom;
		}

		public void setPeriodFrom(LocalDate periodFrom) {
			this.periodFrom = periodFrom;
		}

		public LocalDate getPeriodTo() {
			return this.periodTo;
		}

		public void setPeriodTo(LocalDate periodTo) {
			this.periodTo = periodTo;
		}

		public List<Long> getTeamIds() {
			return this.teamIds;
		}

		public void setTeamIds(List<Long> teamIds) {
			this.teamIds = teamIds;
		}

	}

	/** Proposing a case for the agenda: its reference and the question for the group. */
	static class ProposeForm {

		@NotBlank(message = "{returnDay.reference.required}")
		@Size(max = 20, message = "{returnDay.propose.unknown}")
		private String reference;

		@NotBlank(message = "{returnDay.question.required}")
		@Size(max = 2000, message = "{returnDay.question.size}")
		@NoBsn
		private String question;

		public String getReference() {
			return this.reference;
		}

		public void setReference(String reference) {
			this.reference = reference;
		}

		public String getQuestion() {
			return this.question;
		}

		public void setQuestion(String question) {
			this.question = question;
		}

	}

	/** What discussing a case brought. */
	static class OutcomeForm {

		@NotNull(message = "{returnDay.outcome.kind.required}")
		private Outcome.Kind kind;

		@NotBlank(message = "{returnDay.outcome.text.required}")
		@Size(max = 2000, message = "{returnDay.question.size}")
		@NoBsn
		private String text;

		private Outcome.ObstacleKind obstacleKind;

		private Long ownerId;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate dueOn;

		public Outcome.Kind getKind() {
			return this.kind;
		}

		public void setKind(Outcome.Kind kind) {
			this.kind = kind;
		}

		public String getText() {
			return this.text;
		}

		public void setText(String text) {
			this.text = text;
		}

		public Outcome.ObstacleKind getObstacleKind() {
			return this.obstacleKind;
		}

		public void setObstacleKind(Outcome.ObstacleKind obstacleKind) {
			this.obstacleKind = obstacleKind;
		}

		public Long getOwnerId() {
			return this.ownerId;
		}

		public void setOwnerId(Long ownerId) {
			this.ownerId = ownerId;
		}

		public LocalDate getDueOn() {
			return this.dueOn;
		}

		public void setDueOn(LocalDate dueOn) {
			this.dueOn = dueOn;
		}

	}

	/** The time a case gets on the agenda. */
	static class MinutesForm {

		@Min(value = 1, message = "{returnDay.minutes.range}")
		@Max(value = 240, message = "{returnDay.minutes.range}")
		private Integer minutes;

		public Integer getMinutes() {
			return this.minutes;
		}

		public void setMinutes(Integer minutes) {
			this.minutes = minutes;
		}

	}

}
