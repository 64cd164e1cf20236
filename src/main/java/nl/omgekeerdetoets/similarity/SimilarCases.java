package nl.omgekeerdetoets.similarity;

import java.util.List;
import java.util.stream.Collectors;

import nl.omgekeerdetoets.audit.CaseReads;
import nl.omgekeerdetoets.cases.CasePolicy;
import nl.omgekeerdetoets.teams.SignedInUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The similarity list of a case for one reader, in one statement. Showing another
 * consultant's case in it is a read of that case, recorded in the audit log in one line
 * for the whole list, by reference only; as every read of a case, without holding the
 * page ({@link CaseReads}): the pages that show the list read in one read-only
 * transaction.
 */
@Service
@Transactional(readOnly = true)
class SimilarCases {

	/** The audit log's action for a list that showed other consultants' cases. */
	static final String SHOWN = "SIMILAR_CASES_SHOWN";

	private final SimilarCaseQuery query;

	private final CasePolicy policy;

	private final CaseReads reads;

	SimilarCases(SimilarCaseQuery query, CasePolicy policy, CaseReads reads) {
		this.query = query;
		this.policy = policy;
		this.reads = reads;
	}

	/**
	 * The list for a case the reader may read (for any other case it is empty).
	 * @param caseId the case at hand
	 * @param reader who reads it
	 * @param alsoCaseId a case to show whether similar or not, or null
	 * @return the most alike first, then the other cases the consultant compared with
	 */
	List<SimilarCase> of(long caseId, SignedInUser reader, Long alsoCaseId) {
		SimilarCaseQuery.Result result = this.query.find(caseId, reader.id(), this.policy.readableTeamIds(reader),
				alsoCaseId);
		String othersCases = result.cases()
			.stream()
			.map(SimilarCase::own)
			.filter((own) -> own != null && own.ownerId() != reader.id())
			.map(SimilarCase.Own::reference)
			.collect(Collectors.joining(","));
		if (!othersCases.isEmpty()) {
			this.reads.other(SHOWN, caseId, result.reference(), "shown=" + othersCases);
		}
		return result.cases();
	}

	/** The list for a page: step 4, where the owner may compare, or the review page. */
	SimilarPanel panel(long caseId, SignedInUser reader, boolean mayCompare) {
		return new SimilarPanel(caseId, of(caseId, reader, null), mayCompare);
	}

}
