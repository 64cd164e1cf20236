package nl.omgekeerdetoets.library;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The law library as other modules read it: the laws and goals a consultant can pick, and
 * the ones a case already refers to. Everything it returns is fully loaded, so callers
 * can use it after the transaction.
 */
@Service
@Transactional(readOnly = true)
public class LawLibrary {

	private final LawRepository laws;

	private final LawGoalRepository goals;

	LawLibrary(LawRepository laws, LawGoalRepository goals) {
		this.laws = laws;
		this.goals = goals;
	}

	/**
	 * The laws in use, ordered by position then name, each with all its goals (see
	 * {@link LawSummary#activeGoals()} for the pickable ones). One query.
	 */
	public List<LawSummary> activeLawsWithGoals() {
		return this.laws.findActiveWithGoals().stream().map(LawSummary::of).toList();
	}

	/**
	 * The goals with these ids and their law, retired ones included: a case keeps showing
	 * the goal it was judged against. One query.
	 */
	public List<GoalSummary> goalsByIds(Collection<Long> ids) {
		if (ids == null || ids.isEmpty()) {
			return List.of();
		}
		return this.goals.findWithLawByIdIn(ids).stream().map(GoalSummary::of).toList();
	}

	/** The laws with these ids, retired ones included, each with its goals. One query. */
	public List<LawSummary> lawsByIds(Collection<Long> ids) {
		if (ids == null || ids.isEmpty()) {
			return List.of();
		}
		return this.laws.findWithGoalsByIdIn(ids).stream().map(LawSummary::of).toList();
	}

}
