package nl.omgekeerdetoets.library;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
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

	private final JdbcClient jdbc;

	LawLibrary(LawRepository laws, JdbcClient jdbc) {
		this.laws = laws;
		this.jdbc = jdbc;
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
	 * the goal it was judged against. One query, and no entities: the case page and the
	 * steps ask it on every view, and through JPA the list of ids made Hibernate
	 * translate the query anew each time (a tenth of the case page's time); as an array
	 * it is one statement whatever the number of ids.
	 */
	public List<GoalSummary> goalsByIds(Collection<Long> ids) {
		if (ids == null || ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select g.id, g.description, g.article_reference, g.active, l.id as law_id, l.name as law_name,
				  l.active as law_active
				from law_goal g join law l on l.id = g.law_id
				where g.id = any(?)
				order by l.position, lower(l.name), l.id, g.position, g.id
				""")
			.param(ids.toArray(Long[]::new))
			.query((row, n) -> new GoalSummary(row.getLong("id"), row.getString("description"),
					row.getString("article_reference"), row.getBoolean("active"), row.getLong("law_id"),
					row.getString("law_name"), row.getBoolean("law_active")))
			.list();
	}

	/** The laws with these ids, retired ones included, each with its goals. One query. */
	public List<LawSummary> lawsByIds(Collection<Long> ids) {
		if (ids == null || ids.isEmpty()) {
			return List.of();
		}
		return this.laws.findWithGoalsByIdIn(ids).stream().map(LawSummary::of).toList();
	}

}
