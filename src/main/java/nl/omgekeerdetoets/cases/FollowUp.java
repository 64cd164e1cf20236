package nl.omgekeerdetoets.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.Formula;

/**
 * One of a case's two follow-ups, 6 and 12 months after approval: per desired effect of
 * step 1 (by position) whether it was reached, and who recorded that and when. Part of
 * the case: changed only through {@link CaseFile}, whose version guards it.
 * <p>
 * The rules, decided here because the issue left them open:
 * <ul>
 * <li>A follow-up is <em>due</em> from {@link #DUE_WINDOW_DAYS} days before its date (the
 * lists and the start page say so in words and colour) and <em>overdue</em> after its
 * date, until it is recorded.</li>
 * <li>The 6-month follow-up may be recorded any time after approval, the 12-month one
 * once the 6-month one is recorded or due: effects are followed in order, and a 12-month
 * outcome before the 6-month one was even due would say nothing of the longer term.</li>
 * <li>Recording before the follow-up's own date is allowed (the resident may move, the
 * help may end early) but needs a note why: {@link #getEarlyReason()}.</li>
 * <li>A recorded follow-up may be corrected; the last save says who and when.</li>
 * </ul>
 */
@Entity
@Table(name = "case_follow_up")
class FollowUp {

	/** How many days ahead a follow-up shows as due. Two weeks: time to plan a visit. */
	static final int DUE_WINDOW_DAYS = 14;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int months;

	private LocalDate dueOn;

	private Instant recordedAt;

	private Long recordedBy;

	// The recorder's name, read in the follow-ups' own statement (the case page has no
	// statement to spare for it). Read-only: after record() it is the earlier recorder's
	// until the case is read again, which every page does after a save (it redirects).
	@Formula("(select a.display_name from account a where a.id = recorded_by)")
	private String recordedByName;

	private String earlyReason;

	// Read with the follow-ups, in the same statement (CaseFileRepository.loadFollowUps).
	@ElementCollection
	@CollectionTable(name = "case_follow_up_result", joinColumns = @JoinColumn(name = "follow_up_id"))
	@OrderColumn(name = "position")
	private List<FollowUpResult> results = new ArrayList<>();

	protected FollowUp() {
	}

	FollowUp(int months, LocalDate dueOn) {
		this.months = months;
		this.dueOn = dueOn;
	}

	void record(List<FollowUpResult> results, String earlyReason, long recordedBy, Instant now) {
		this.results.clear();
		this.results.addAll(results);
		this.earlyReason = earlyReason;
		this.recordedBy = recordedBy;
		this.recordedAt = now;
	}

	void reschedule(LocalDate dueOn) {
		this.dueOn = dueOn;
	}

	public Long getId() {
		return this.id;
	}

	public int getMonths() {
		return this.months;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

	public Long getRecordedBy() {
		return this.recordedBy;
	}

	/** Who recorded it, by name; null before it is recorded. */
	public String getRecordedByName() {
		return this.recordedByName;
	}

	public String getEarlyReason() {
		return this.earlyReason;
	}

	public List<FollowUpResult> getResults() {
		return this.results;
	}

	public boolean isRecorded() {
		return this.recordedAt != null;
	}

	/** Recording it today would be early: before it is due. */
	public boolean isEarly(LocalDate today) {
		return today.isBefore(this.dueOn.minusDays(DUE_WINDOW_DAYS));
	}

	public boolean isOverdue(LocalDate today) {
		return !isRecorded() && overdue(this.dueOn, today);
	}

	public boolean isDue(LocalDate today) {
		return !isRecorded() && due(this.dueOn, today);
	}

	/** The result for the desired effect at this position, or null. */
	public FollowUpResult resultFor(int position) {
		return (position < this.results.size()) ? this.results.get(position) : null;
	}

	static boolean overdue(LocalDate dueOn, LocalDate today) {
		return dueOn != null && dueOn.isBefore(today);
	}

	static boolean due(LocalDate dueOn, LocalDate today) {
		return dueOn != null && !overdue(dueOn, today) && !dueOn.isAfter(today.plusDays(DUE_WINDOW_DAYS));
	}

}
