package nl.omgekeerdetoets.review;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ExemplaryCaseRepository extends JpaRepository<ExemplaryCase, Long> {

	Optional<ExemplaryCase> findByCaseId(long caseId);

	@Query("""
			select e from ExemplaryCase e
			where e.shareOrganisation = true
			  and (:domain = '' or concat(',', e.domains, ',') like concat('%,', :domain, ',%'))
			  and (:step = '' or concat(',', e.steps, ',') like concat('%,', :step, ',%'))
			  and (:keyword = '' or lower(e.title) like lower(concat('%', :keyword, '%'))
			       or lower(e.summary) like lower(concat('%', :keyword, '%'))
			       or lower(e.reasoning) like lower(concat('%', :keyword, '%')))
			order by e.createdAt desc
			""")
	Page<ExemplaryCase> search(@Param("domain") String domain, @Param("step") String step,
			@Param("keyword") String keyword, Pageable pageable);

}
