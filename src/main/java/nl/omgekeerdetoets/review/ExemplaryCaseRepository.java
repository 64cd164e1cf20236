package nl.omgekeerdetoets.review;

import java.util.Collection;
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

	/**
	 * The cases proposed for the casebook in these teams, newest first. The team is the
	 * case's, read from its row: the exemplary record does not keep it.
	 */
	@Query(value = """
			select e.* from exemplary_case e join case_file c on c.id = e.case_id
			where e.propose_casebook and c.team_id in (:teamIds)
			order by e.created_at desc, e.id desc""", countQuery = """
			select count(*) from exemplary_case e join case_file c on c.id = e.case_id
			where e.propose_casebook and c.team_id in (:teamIds)""", nativeQuery = true)
	Page<ExemplaryCase> findCasebookProposals(@Param("teamIds") Collection<Long> teamIds, Pageable pageable);

}
