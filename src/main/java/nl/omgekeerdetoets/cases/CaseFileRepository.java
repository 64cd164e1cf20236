package nl.omgekeerdetoets.cases;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CaseFileRepository extends JpaRepository<CaseFile, Long>, CaseEditors {

	/**
	 * Loads the follow-ups of a case already read, with their results, in one statement:
	 * the case page has none to spare.
	 */
	@Query("select c from CaseFile c left join fetch c.followUps f left join fetch f.results where c.id = :id")
	Optional<CaseFile> loadFollowUps(@Param("id") long id);

	@Query(value = "select exists (select 1 from case_editor where case_id = :caseId and account_id = :accountId)",
			nativeQuery = true)
	boolean hasEditor(@Param("caseId") long caseId, @Param("accountId") long accountId);

	Optional<CaseFile> findByReference(String reference);

	/**
	 * The case with its law domains and the other parties involved in the same statement:
	 * the case page and the step pages read every collection of the case, and these two
	 * (a few rows each) cost no statement of their own.
	 */
	@Query("select c from CaseFile c left join fetch c.domains left join fetch c.action.parties where c.id = :id")
	Optional<CaseFile> findWithDomainsById(@Param("id") long id);

	@Query("select c.reference from CaseFile c where c.id = :id")
	Optional<String> findReferenceById(@Param("id") long id);

	/** The references of these cases: two columns of each, not the cases. */
	@Query("select c.id as id, c.reference as reference from CaseFile c where c.id in :ids")
	List<Reference> findReferencesByIdIn(@Param("ids") Collection<Long> ids);

	interface Reference {

		long getId();

		String getReference();

	}

}
