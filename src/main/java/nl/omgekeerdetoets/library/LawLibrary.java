package nl.omgekeerdetoets.library;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The law library as the casework reads it: which laws and goals a consultant can choose,
 * and the goals a case chose (also when they were retired later).
 */
@Service
@Transactional(readOnly = true)
public class LawLibrary {

	private final LawRepository laws;

	LawLibrary(LawRepository laws) {
		this.laws = laws;
	}

	/** Active laws with their goals, in one query. */
	public List<Law> activeLawsWithGoals() {
		return this.laws.findActiveWithGoals();
	}

	/** These goals with their laws, in one query. */
	public List<LawGoal> goalsByIds(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : this.laws.findGoalsWithLaw(ids);
	}

}
