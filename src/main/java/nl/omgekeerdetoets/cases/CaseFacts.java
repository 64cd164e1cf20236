package nl.omgekeerdetoets.cases;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of cases without their text: the cost comparison, the law domains and the
 * effects counted at the follow-ups. For the casebook, whose anonymised entries carry a
 * case's numbers but never its story; the caller decides who may see them.
 */
@Service
@Transactional(readOnly = true)
public class CaseFacts {

	private final CaseFileRepository cases;

	private final FollowUps followUps;

	CaseFacts(CaseFileRepository cases, FollowUps followUps) {
		this.cases = cases;
		this.followUps = followUps;
	}

	/**
	 * The figures of these cases, by id; the collections are loaded in batches
	 * (hibernate.default_batch_fetch_size), so a few queries for any number of cases.
	 */
	public Map<Long, Figures> of(Collection<Long> caseIds) {
		if (caseIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, FollowUpResults> results = this.followUps.resultsOf(caseIds);
		return this.cases.findAllById(caseIds)
			.stream()
			.map((c) -> Figures.of(c, results.get(c.getId())))
			.collect(Collectors.toMap(Figures::caseId, Function.identity()));
	}

	/**
	 * A case's numbers.
	 *
	 * @param caseId the case
	 * @param teamId its team
	 * @param status where it stands
	 * @param domains the law domains it is about
	 * @param costs the cost comparison of step 4
	 * @param effects the number of desired effects of step 1
	 * @param followUps the counts recorded at the follow-ups after 6 and 12 months
	 */
	public record Figures(long caseId, long teamId, CaseStatus status, Set<LawDomain> domains, CostComparison costs,
			int effects, FollowUpResults followUps) {

		static Figures of(CaseFile c, FollowUpResults followUps) {
			return new Figures(c.getId(), c.getTeamId(), c.getStatus(), Set.copyOf(c.getDomains()),
					CostComparison.of(c.getAction().getCosts()), c.getEffect().getEffects().size(),
					(followUps != null) ? followUps : new FollowUpResults(c.getId(), List.of()));
		}

	}

}
