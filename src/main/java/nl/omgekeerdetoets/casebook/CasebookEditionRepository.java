package nl.omgekeerdetoets.casebook;

import java.util.Collection;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CasebookEditionRepository extends JpaRepository<CasebookEdition, Long> {

	/**
	 * The editions these statuses allow, newest year first (index
	 * casebook_edition_listed).
	 */
	@Query("""
			select e from CasebookEdition e where e.status in :statuses
			order by e.year desc, e.id desc""")
	Page<CasebookEdition> findByStatusIn(@Param("statuses") Collection<EditionStatus> statuses, Pageable pageable);

}
