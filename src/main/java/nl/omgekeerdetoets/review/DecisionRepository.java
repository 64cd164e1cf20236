package nl.omgekeerdetoets.review;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionRepository extends JpaRepository<ReviewDecision, Long> {

	List<ReviewDecision> findByCaseIdOrderByRoundAsc(long caseId);

	long countByCaseId(long caseId);

}
