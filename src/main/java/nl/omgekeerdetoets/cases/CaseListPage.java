package nl.omgekeerdetoets.cases;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.data.domain.Page;

/**
 * One page of a case list with what it shows beside the cases: counts per status, the
 * names of owners and teams.
 */
record CaseListPage(Page<CaseFile> cases, Map<CaseStatus, Long> statusCounts, Map<Long, String> ownerNames,
		Map<Long, String> teamNames, LocalDate today) {

	long total() {
		return this.statusCounts.values().stream().mapToLong(Long::longValue).sum();
	}

	/** An approved case whose evaluation date has passed. */
	public boolean evaluationOverdue(CaseFile c) {
		return c.getStatus() == CaseStatus.APPROVED && c.getAction().getEvaluationDate() != null
				&& c.getAction().getEvaluationDate().isBefore(this.today);
	}

	/** An approved case to be evaluated within two weeks. */
	public boolean evaluationDue(CaseFile c) {
		return c.getStatus() == CaseStatus.APPROVED && c.getAction().getEvaluationDate() != null
				&& !evaluationOverdue(c) && !c.getAction().getEvaluationDate().isAfter(this.today.plusWeeks(2));
	}

	public long count(CaseStatus status) {
		return this.statusCounts.getOrDefault(status, 0L);
	}

	public long getTotal() {
		return total();
	}

}
