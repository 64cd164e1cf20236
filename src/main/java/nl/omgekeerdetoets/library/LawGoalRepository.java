package nl.omgekeerdetoets.library;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LawGoalRepository extends JpaRepository<LawGoal, Long> {

	@Query("select g from LawGoal g join fetch g.law where g.id = :goalId and g.law.id = :lawId")
	Optional<LawGoal> findOfLaw(@Param("lawId") long lawId, @Param("goalId") long goalId);

}
