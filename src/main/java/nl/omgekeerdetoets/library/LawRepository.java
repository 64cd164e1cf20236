package nl.omgekeerdetoets.library;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface LawRepository extends ListCrudRepository<Law, Long> {

	@Query("select distinct l from Law l left join fetch l.goals where l.active = true order by l.position, l.name")
	List<Law> findActiveWithGoals();

	@Query("select g from LawGoal g join fetch g.law where g.id in :ids order by g.law.position, g.position")
	List<LawGoal> findGoalsWithLaw(@Param("ids") Collection<Long> ids);

}
