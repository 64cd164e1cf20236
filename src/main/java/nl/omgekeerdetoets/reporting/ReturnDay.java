package nl.omgekeerdetoets.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

/**
 * A return day (terugkomdag): the day a lead's teams look back on a period's cases
 * together.
 */
@Entity
class ReturnDay {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private LocalDate heldOn;

	private LocalDate periodFrom;

	private LocalDate periodTo;

	private long plannedBy;

	private Instant createdAt;

	@ElementCollection
	@CollectionTable(name = "return_day_team", joinColumns = @JoinColumn(name = "return_day_id"))
	@Column(name = "team_id")
	private Set<Long> teamIds = new LinkedHashSet<>();

	@Version
	private long version;

	protected ReturnDay() {
	}

	ReturnDay(LocalDate heldOn, LocalDate periodFrom, LocalDate periodTo, Set<Long> teamIds, long plannedBy,
			Instant createdAt) {
		this.heldOn = heldOn;
		this.periodFrom = periodFrom;
		this.periodTo = periodTo;
		this.teamIds.addAll(teamIds);
		this.plannedBy = plannedBy;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	public LocalDate getPeriodFrom() {
		return this.periodFrom;
	}

	public LocalDate getPeriodTo() {
		return this.periodTo;
	}

	public long getPlannedBy() {
		return this.plannedBy;
	}

	public Set<Long> getTeamIds() {
		return this.teamIds;
	}

	public long getVersion() {
		return this.version;
	}

}
