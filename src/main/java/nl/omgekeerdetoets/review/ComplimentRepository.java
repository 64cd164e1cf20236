package nl.omgekeerdetoets.review;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ComplimentRepository extends JpaRepository<Compliment, Long> {

	List<Compliment> findByCaseIdOrderByCreatedAtAsc(long caseId);

	List<Compliment> findTop10ByConsultantIdOrderByCreatedAtDesc(long consultantId);

	Page<Compliment> findBySharedWithTeamTrueAndTeamIdInOrderByCreatedAtDesc(Collection<Long> teamIds,
			Pageable pageable);

	/** Per consultant, the compliments given in these teams in a period: counts only. */
	@Query("""
			select c.consultantId, count(c) from Compliment c
			where c.teamId in :teams and c.createdAt >= :from and c.createdAt < :to
			group by c.consultantId""")
	List<Object[]> countPerConsultant(@Param("teams") Collection<Long> teamIds, @Param("from") Instant from,
			@Param("to") Instant to);

}
