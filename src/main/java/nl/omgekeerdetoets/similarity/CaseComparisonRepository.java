package nl.omgekeerdetoets.similarity;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseComparisonRepository extends JpaRepository<CaseComparison, Long> {

	Optional<CaseComparison> findByCaseIdAndComparedCaseId(long caseId, long comparedCaseId);

}
