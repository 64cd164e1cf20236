package nl.omgekeerdetoets.reporting;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface OutcomeRepository extends JpaRepository<Outcome, Long> {

	List<Outcome> findByItemIdInOrderByIdAsc(Collection<Long> itemIds);

	/**
	 * Follow-up actions not done yet, the first due first, for their owner's start page.
	 */
	List<Outcome> findTop20ByOwnerIdAndKindAndDoneAtIsNullOrderByDueOnAscIdAsc(long ownerId, Outcome.Kind kind);

}
