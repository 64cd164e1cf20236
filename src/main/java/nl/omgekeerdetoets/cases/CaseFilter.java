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
 */
record CaseFilter(String q, CaseStatus status, LawDomain domain, Integer step, Long team, String sort) {

	String query() {
		return (this.q == null) ? "" : this.q;
	}

	String sortOrDefault() {
		return (this.sort == null || this.sort.isBlank()) ? "updated" : this.sort;
	}

}
