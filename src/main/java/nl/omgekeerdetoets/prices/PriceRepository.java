package nl.omgekeerdetoets.prices;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Prices are only added and read: this repository has no way to change or delete one. */
interface PriceRepository extends Repository<Price, Long> {

	Price save(Price price);

	@Query("""
			select p from Price p join fetch p.item i
			where i.id = :itemId and p.validFrom <= :day and (p.validTo is null or p.validTo >= :day)
			""")
	Optional<Price> findOn(@Param("itemId") long itemId, @Param("day") LocalDate day);

	@Query("""
			select p from Price p join fetch p.item i
			where i.active = true and p.validFrom <= :day and (p.validTo is null or p.validTo >= :day)
			order by lower(i.name), i.id
			""")
	List<Price> findActiveOn(@Param("day") LocalDate day);

}
