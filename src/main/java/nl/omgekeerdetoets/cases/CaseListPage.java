package nl.omgekeerdetoets.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One page of a case list with what it shows beside the cases: counts per status, the
 * names of owners and teams, and where the page is.
 * <p>
 * Counts stop at {@link #COUNT_LIMIT}: counting exactly would read every case of a large
 * team on every page, and nobody acts on the difference between 4,210 and 4,211 drafts. A
 * count that reached the limit is shown as "more than 1,000", and the pages run on while
 * there is a next one.
 *
 * @param rows the cases on this page
 * @param number the page number, from 0
 * @param size the page size
 * @param hasNext whether there is a page after this one
 * @param statusCounts per status, the cases of the list's scope, at most
 * {@link #COUNT_LIMIT} + 1
 * @param status the status filter, if any
 * @param filtered when filters other than the status are set, the cases matching all
 * filters, at most {@link #COUNT_LIMIT} + 1
 */
record CaseListPage(List<CaseRow> rows, int number, int size, boolean hasNext, Map<CaseStatus, Long> statusCounts,
		CaseStatus status, Long filtered, Map<Long, String> ownerNames, Map<Long, String> teamNames, LocalDate today) {

	static final int COUNT_LIMIT = 1000;

	static CaseListPage empty(int size, Map<Long, String> teamNames, LocalDate today) {
		return new CaseListPage(List.of(), 0, size, false, Map.of(), null, null, Map.of(), teamNames, today);
	}

	public long count(CaseStatus status) {
		return Math.min(this.statusCounts.getOrDefault(status, 0L), COUNT_LIMIT);
	}

	/** Whether there are more cases in this status than the count shows. */
	public boolean countCapped(CaseStatus status) {
		return this.statusCounts.getOrDefault(status, 0L) > COUNT_LIMIT;
	}

	/** The cases matching all filters, up to the limit. */
	public long total() {
		if (this.filtered != null) {
			return Math.min(this.filtered, COUNT_LIMIT);
		}
		if (this.status != null) {
			return count(this.status);
		}
		return Math.min(this.statusCounts.values().stream().mapToLong(Long::longValue).sum(), COUNT_LIMIT);
	}

	/** Whether there are more cases matching all filters than {@link #total()} says. */
	public boolean totalCapped() {
		if (this.filtered != null) {
			return this.filtered > COUNT_LIMIT;
		}
		if (this.status != null) {
			return countCapped(this.status);
		}
		return this.statusCounts.values().stream().mapToLong(Long::longValue).sum() > COUNT_LIMIT;
	}

	public int countLimit() {
		return COUNT_LIMIT;
	}

	public boolean isEmpty() {
		return this.rows.isEmpty();
	}

	public boolean isFirst() {
		return this.number == 0;
	}

	public boolean isLast() {
		return !this.hasNext;
	}

	public int getNumber() {
		return this.number;
	}

	/** The number of pages, when the total is known; else at least one after this one. */
	public int getTotalPages() {
		if (totalCapped()) {
			return this.number + (this.hasNext ? 2 : 1);
		}
		return Math.max((int) ((total() + this.size - 1) / this.size), this.number + (this.hasNext ? 2 : 1));
	}

	public boolean isTotalPagesKnown() {
		return !totalCapped();
	}

	public boolean followUpOverdue(CaseRow row) {
		return row.followUpOverdue(this.today);
	}

	public boolean followUpDue(CaseRow row) {
		return row.followUpDue(this.today);
	}

}
