package nl.omgekeerdetoets.casebook;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CasebookEntryRepository extends JpaRepository<CasebookEntry, Long> {

	Optional<CasebookEntry> findByCaseId(long caseId);

	List<CasebookEntry> findByCaseIdIn(Collection<Long> caseIds);

	/**
	 * Entries of all teams not yet in this edition, newest first (index
	 * casebook_entry_updated).
	 */
	@Query("""
			select e from CasebookEntry e
			where e.id not in (select x from CasebookEdition ed join ed.entryIds x where ed.id = :editionId)
			order by e.updatedAt desc, e.id desc""")
	Page<CasebookEntry> findNotIn(@Param("editionId") long editionId, Pageable pageable);

}
