package nl.omgekeerdetoets.similarity;

import java.util.List;

/**
 * What the fragment {@code similar/panel} shows on step 4 and on the review page.
 *
 * @param caseId the case at hand
 * @param cases the similar cases, most alike first, then other cases compared with
 * @param mayCompare whether the reader may note comparisons (the case's consultant, on
 * step 4, while the case is theirs to edit)
 */
record SimilarPanel(long caseId, List<SimilarCase> cases, boolean mayCompare) {

	/** The cases found alike, in their order. */
	public List<SimilarCase> similar() {
		return this.cases.stream().filter((c) -> c.score() != null).toList();
	}

	/** The cases compared with that are not (or no longer) among the most alike. */
	public List<SimilarCase> comparedOnly() {
		return this.cases.stream().filter((c) -> c.score() == null && c.comparison() != null).toList();
	}

	/** Whether the consultant compared with any case. */
	public boolean hasComparisons() {
		return this.cases.stream().anyMatch((c) -> c.comparison() != null);
	}

}
