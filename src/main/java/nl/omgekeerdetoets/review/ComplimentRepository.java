package nl.omgekeerdetoets.review;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ComplimentRepository extends JpaRepository<Compliment, Long> {

	List<Compliment> findByCaseIdOrderByCreatedAtAsc(long caseId);

	List<Compliment> findTop10ByConsultantIdOrderByCreatedAtDesc(long consultantId);

	Page<Compliment> findBySharedWithTeamTrueAndTeamIdInOrderByCreatedAtDesc(Collection<Long> teamIds,
			Pageable pageable);

}
