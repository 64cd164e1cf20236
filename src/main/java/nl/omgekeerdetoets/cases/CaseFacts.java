package nl.omgekeerdetoets.cases;

import java.time.Instant;
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
 * outcome per desired effect. For the casebook, whose anonymised entries carry a case's
 * numbers but never its story; the caller decides who may see them.
 */
@Service
@Transactional(readOnly = true)
public class CaseFacts {

	private final CaseFileRepository cases;

	CaseFacts(CaseFileRepository cases) {
		this.cases = cases;
	}

	/**
	 * The figures of these cases, by id; the collections are loaded in batches
	 * (hibernate.default_batch_fetch_size), so a few queries for any number of cases.
	 */
	public Map<Long, Figures> of(Collection<Long> caseIds) {
		if (caseIds.isEmpty()) {
			return Map.of();
		}
		return this.cases.findAllById(caseIds)
			.stream()
			.map(Figures::of)
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
	 * @param outcomes per desired effect, the outcome recorded at evaluation (null while
	 * not evaluated)
	 * @param evaluatedAt when it was evaluated, or null
	 */
	public record Figures(long caseId, long teamId, CaseStatus status, Set<LawDomain> domains, CostComparison costs,
			List<Choices.Outcome> outcomes, Instant evaluatedAt) {

		static Figures of(CaseFile c) {
			return new Figures(c.getId(), c.getTeamId(), c.getStatus(), Set.copyOf(c.getDomains()),
					CostComparison.of(c.getAction().getCosts()),
					c.getEffect().getEffects().stream().map(DesiredEffect::getOutcome).toList(), c.getEvaluatedAt());
		}

	}

}
