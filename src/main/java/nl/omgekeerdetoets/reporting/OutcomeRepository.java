package nl.omgekeerdetoets.reporting;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutcomeRepository extends JpaRepository<Outcome, Long> {

	List<Outcome> findByItemIdInOrderByIdAsc(Collection<Long> itemIds);

	/**
	 * Follow-up actions not done yet, the first due first, for their owner's start page.
	 */
	List<Outcome> findTop20ByOwnerIdAndKindAndDoneAtIsNullOrderByDueOnAscIdAsc(long ownerId, Outcome.Kind kind);

	/** Follow-up actions not done yet and due within these days, for reminder mails. */
	@Query("""
			select o from Outcome o
			where o.kind = 'ACTION' and o.doneAt is null and o.dueOn between :from and :to
			order by o.dueOn, o.id
			""")
	List<Outcome> findOpenActionsDueBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

}
