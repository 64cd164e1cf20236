package nl.omgekeerdetoets.library;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LawRepository extends JpaRepository<Law, Long> {

	/** Active laws with all their goals, in one statement. */
	@Query("""
			select l from Law l left join fetch l.goals
			where l.active = true
			order by l.position, lower(l.name), l.id
			""")
	List<Law> findActiveWithGoals();

	@Query("""
			select l from Law l left join fetch l.goals
			where l.id in :ids
			order by l.position, lower(l.name), l.id
			""")
	List<Law> findWithGoalsByIdIn(@Param("ids") Collection<Long> ids);

	@Query("select l from Law l left join fetch l.goals where l.id = :id")
	Optional<Law> findWithGoals(@Param("id") long id);

	@Query("select l from Law l where lower(l.name) = lower(:name)")
	Optional<Law> findByNameIgnoringCase(@Param("name") String name);

	/** One page of the admin list, with goal counts, in one statement plus the count. */
	@Query(value = """
			select new nl.omgekeerdetoets.library.LawListRow(l.id, l.name, l.purpose, l.active, l.position,
				count(g), coalesce(sum(case when g.active = true then 1 else 0 end), 0))
			from Law l left join l.goals g
			group by l.id, l.name, l.purpose, l.active, l.position
			order by l.position, lower(l.name), l.id
			""", countQuery = "select count(l) from Law l")
	Page<LawListRow> findListRows(Pageable pageable);

}
