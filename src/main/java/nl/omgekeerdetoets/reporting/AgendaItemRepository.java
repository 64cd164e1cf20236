package nl.omgekeerdetoets.reporting;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {

	List<AgendaItem> findByReturnDayIdOrderByPositionAscIdAsc(long returnDayId);

	boolean existsByReturnDayIdAndCaseId(long returnDayId, long caseId);

}
