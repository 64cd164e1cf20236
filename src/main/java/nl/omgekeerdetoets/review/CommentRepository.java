package nl.omgekeerdetoets.review;

import org.springframework.data.jpa.repository.JpaRepository;

interface CommentRepository extends JpaRepository<ReviewComment, Long> {

}
