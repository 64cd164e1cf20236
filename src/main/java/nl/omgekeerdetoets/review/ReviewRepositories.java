package nl.omgekeerdetoets.review;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * The review module's repositories, together because each is small.
 */
final class ReviewRepositories {

	private ReviewRepositories() {
	}

	interface Comments extends JpaRepository<ReviewComment, Long> {

		List<ReviewComment> findByCaseIdOrderByCreatedAtAscIdAsc(long caseId);

	}

	interface Decisions extends JpaRepository<ReviewDecision, Long> {

		List<ReviewDecision> findByCaseIdOrderByRoundAsc(long caseId);

		long countByCaseId(long caseId);

	}

	interface Compliments extends JpaRepository<Compliment, Long> {

		List<Compliment> findByCaseIdOrderByCreatedAtAsc(long caseId);

		List<Compliment> findTop10ByConsultantIdOrderByCreatedAtDesc(long consultantId);

		Page<Compliment> findBySharedWithTeamTrueAndTeamIdInOrderByCreatedAtDesc(Collection<Long> teamIds,
				Pageable pageable);

	}

	interface Exemplary extends JpaRepository<ExemplaryCase, Long> {

		Optional<ExemplaryCase> findByCaseId(long caseId);

		@Query("""
				select e from ExemplaryCase e
				where (:domain = '' or concat(',', e.domains, ',') like concat('%,', :domain, ',%'))
				  and (:step = '' or concat(',', e.steps, ',') like concat('%,', :step, ',%'))
				  and (:keyword = '' or lower(e.title) like lower(concat('%', :keyword, '%'))
				       or lower(e.summary) like lower(concat('%', :keyword, '%'))
				       or lower(e.reasoning) like lower(concat('%', :keyword, '%')))
				order by e.createdAt desc
				""")
		Page<ExemplaryCase> search(@Param("domain") String domain, @Param("step") String step,
				@Param("keyword") String keyword, Pageable pageable);

	}

	interface Notifications extends JpaRepository<Notification, Long> {

		Page<Notification> findByRecipientIdOrderByCreatedAtDesc(long recipientId, Pageable pageable);

		long countByRecipientIdAndReadAtIsNull(long recipientId);

		@Modifying
		@Query("update Notification n set n.readAt = :now where n.recipientId = :recipientId and n.readAt is null")
		int markAllRead(@Param("recipientId") long recipientId, @Param("now") java.time.Instant now);

	}

}
