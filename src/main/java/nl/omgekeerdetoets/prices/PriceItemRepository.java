package nl.omgekeerdetoets.prices;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PriceItemRepository extends JpaRepository<PriceItem, Long> {

	@Query("select i from PriceItem i left join fetch i.prices where i.id = :id")
	Optional<PriceItem> findWithPrices(@Param("id") long id);

	/**
	 * The item, locked until the transaction ends, so that two new prices wait in turn.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select i from PriceItem i where i.id = :id")
	Optional<PriceItem> lockById(@Param("id") long id);

	@Query("select i from PriceItem i where lower(i.name) = lower(:name)")
	Optional<PriceItem> findByNameIgnoringCase(@Param("name") String name);

	/**
	 * One page of the admin list with each item's price on {@code day}, in one statement
	 * plus the count: the periods of an item never overlap, so the join adds no rows.
	 */
	@Query(value = """
			select new nl.omgekeerdetoets.prices.PriceListRow(i.id, i.name, i.unit, i.payer, i.sourceNote, i.example,
				i.active, p.amount, p.validFrom, p.validTo)
			from PriceItem i
			left join i.prices p on p.validFrom <= :day and (p.validTo is null or p.validTo >= :day)
			where (:query = '' or lower(i.name) like lower(concat('%', :query, '%'))
			       or lower(i.sourceNote) like lower(concat('%', :query, '%')))
			  and (:payer is null or i.payer = :payer)
			  and (:active is null or i.active = :active)
			order by lower(i.name), i.id
			""", countQuery = """
			select count(i) from PriceItem i
			where (:query = '' or lower(i.name) like lower(concat('%', :query, '%'))
			       or lower(i.sourceNote) like lower(concat('%', :query, '%')))
			  and (:payer is null or i.payer = :payer)
			  and (:active is null or i.active = :active)
			""")
	Page<PriceListRow> findListRows(@Param("query") String query, @Param("payer") Payer payer,
			@Param("active") Boolean active, @Param("day") LocalDate day, Pageable pageable);

}
