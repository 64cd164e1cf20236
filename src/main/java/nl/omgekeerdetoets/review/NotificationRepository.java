package nl.omgekeerdetoets.review;

import java.time.Instant;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NotificationRepository extends JpaRepository<Notification, Long> {

	Page<Notification> findByRecipientIdOrderByCreatedAtDesc(long recipientId, Pageable pageable);

	@Modifying
	@Query("update Notification n set n.readAt = :now where n.recipientId = :recipientId and n.readAt is null")
	int markAllRead(@Param("recipientId") long recipientId, @Param("now") Instant now);

}
