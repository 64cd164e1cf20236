package nl.omgekeerdetoets.cases;

import java.util.Collection;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CaseFileRepository extends JpaRepository<CaseFile, Long> {

	/**
	 * Loads the follow-ups of a case already read, with their results, in one statement:
	 * the case page has none to spare.
	 */
	@Query("select c from CaseFile c left join fetch c.followUps f left join fetch f.results where c.id = :id")
	Optional<CaseFile> loadFollowUps(@Param("id") long id);

	/**
	 * Cases in review in these teams that this reviewer did not work on (maker is not
	 * checker), the longest waiting first, through the partial index
	 * {@code case_file_review_queue}.
	 */
	@Query(value = """
			select * from case_file c
			where c.status = 'IN_REVIEW' and c.team_id in (:teamIds) and c.owner_id <> :reviewerId
			and not exists (select 1 from case_editor e where e.case_id = c.id and e.account_id = :reviewerId)
			order by c.submitted_at, c.id""", countQuery = """
			select count(*) from case_file c
			where c.status = 'IN_REVIEW' and c.team_id in (:teamIds) and c.owner_id <> :reviewerId
			and not exists (select 1 from case_editor e where e.case_id = c.id and e.account_id = :reviewerId)""",
			nativeQuery = true)
	Page<CaseFile> findAwaitingReview(@Param("teamIds") Collection<Long> teamIds, @Param("reviewerId") long reviewerId,
			Pageable pageable);

	@Query(value = """
			select count(*) from case_file c
			where c.status = 'IN_REVIEW' and c.team_id in (:teamIds) and c.owner_id <> :reviewerId
			and not exists (select 1 from case_editor e where e.case_id = c.id and e.account_id = :reviewerId)""",
			nativeQuery = true)
	long countAwaitingReview(@Param("teamIds") Collection<Long> teamIds, @Param("reviewerId") long reviewerId);

	/**
	 * Records that this person saved a step of the case (or opened it): maker is not
	 * checker.
	 */
	@Modifying
	@Query(value = "insert into case_editor (case_id, account_id) values (:caseId, :accountId) on conflict do nothing",
			nativeQuery = true)
	void addEditor(@Param("caseId") long caseId, @Param("accountId") long accountId);

	@Query(value = "select exists (select 1 from case_editor where case_id = :caseId and account_id = :accountId)",
			nativeQuery = true)
	boolean hasEditor(@Param("caseId") long caseId, @Param("accountId") long accountId);

	@Query("select c.reference from CaseFile c where c.id = :id")
	Optional<String> findReferenceById(@Param("id") long id);

}
