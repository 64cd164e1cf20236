package nl.omgekeerdetoets.cases;

/**
 * The filters of a case list, bound from the query string.
 *
 * @param q text to find in the reference or title
 * @param status only cases in this status
 * @param domain only cases in this law domain
 * @param step only cases whose first incomplete step is this one (5: all steps complete)
 * @param team only cases of this team (for leads of several teams)
 * @param sort {@code updated} (default), {@code reference}, {@code title} or
 * {@code followUp} (the next follow-up's date, the earliest first)
 * @param otherDepartment when true, only cases that involve another department or
 * organisation
 * @param refusedWithoutCall when true, only cases refused (whole or in part) without
 * calling the resident first
 */
record CaseFilter(String q, CaseStatus status, LawDomain domain, Integer step, Long team, String sort,
		Boolean otherDepartment, Boolean refusedWithoutCall) {

	String query() {
		return (this.q == null) ? "" : this.q;
	}

	String sortOrDefault() {
		return (this.sort == null || this.sort.isBlank()) ? "updated" : this.sort;
	}

}
