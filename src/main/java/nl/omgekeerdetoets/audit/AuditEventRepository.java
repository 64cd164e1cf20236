package nl.omgekeerdetoets.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface AuditEventRepository extends ListCrudRepository<AuditEvent, Long> {

	@Query("""
			select e from AuditEvent e
			where (:subjectType = '' or e.subjectType = :subjectType)
			  and (:actor = '' or lower(e.actor) = lower(:actor))
			order by e.occurredAt desc, e.id desc
			""")
	Slice<AuditEvent> search(@Param("subjectType") String subjectType, @Param("actor") String actor, Pageable pageable);

	Page<AuditEvent> findBySubjectTypeAndSubjectIdOrderByOccurredAtDescIdDesc(String subjectType, long subjectId,
			Pageable pageable);

}
