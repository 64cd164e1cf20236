package nl.omgekeerdetoets.reporting;

import java.time.LocalDate;

import nl.omgekeerdetoets.cases.Choices;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * What the overview looks at: one of the lead's teams or all of them, and a period of
 * whole days. Without a period, the last six months up to today.
 */
class OverviewFilter {

	/** Longer periods are a matter for a report, not for a page that aggregates live. */
	static final int MAX_YEARS = 5;

	private Long team;

	/** The obstacle register's filter: one kind of obstacle, or all. */
	private Choices.ObstacleKind kind;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate to;

	/** Fills in the default period where a date is missing. */
	void complete(LocalDate today) {
		if (this.to == null) {
			this.to = today;
		}
		if (this.from == null) {
			this.from = this.to.minusMonths(6).plusDays(1);
		}
	}

	/**
	 * Checks the period as a whole, on the field a user would correct: the last day not
	 * before the first, and no longer than {@link #MAX_YEARS} years.
	 */
	void check(Errors errors) {
		if (this.from == null || this.to == null || errors.hasFieldErrors("from") || errors.hasFieldErrors("to")) {
			return;
		}
		if (this.to.isBefore(this.from)) {
			errors.rejectValue("to", "overview.period.order");
		}
		else if (this.from.isBefore(this.to.minusYears(MAX_YEARS))) {
			errors.rejectValue("from", "overview.period.length", new Object[] { MAX_YEARS }, null);
		}
	}

	public Choices.ObstacleKind getKind() {
		return this.kind;
	}

	public void setKind(Choices.ObstacleKind kind) {
		this.kind = kind;
	}

	public Long getTeam() {
		return this.team;
	}

	public void setTeam(Long team) {
		this.team = team;
	}

	public LocalDate getFrom() {
		return this.from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getTo() {
		return this.to;
	}

	public void setTo(LocalDate to) {
		this.to = to;
	}

}
