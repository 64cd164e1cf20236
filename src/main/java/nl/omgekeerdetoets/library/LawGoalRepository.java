package nl.omgekeerdetoets.library;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LawGoalRepository extends JpaRepository<LawGoal, Long> {

	/** Goals with their law, retired ones included, in one statement. */
	@Query("""
			select g from LawGoal g join fetch g.law l
			where g.id in :ids
			order by l.position, lower(l.name), l.id, g.position, g.id
			""")
	List<LawGoal> findWithLawByIdIn(@Param("ids") Collection<Long> ids);

	@Query("select g from LawGoal g join fetch g.law where g.id = :goalId and g.law.id = :lawId")
	Optional<LawGoal> findOfLaw(@Param("lawId") long lawId, @Param("goalId") long goalId);

}
