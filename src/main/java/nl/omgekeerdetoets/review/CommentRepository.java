package nl.omgekeerdetoets.review;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CommentRepository extends JpaRepository<ReviewComment, Long> {

	List<ReviewComment> findByCaseIdOrderByCreatedAtAscIdAsc(long caseId);

}
