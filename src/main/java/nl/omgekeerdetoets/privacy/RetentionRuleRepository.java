package nl.omgekeerdetoets.privacy;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RetentionRuleRepository extends JpaRepository<RetentionRule, Long> {

	/** Closed cases by law domain first, then the drafts' rule. */
	List<RetentionRule> findAllByOrderByKindAscIdAsc();

}
