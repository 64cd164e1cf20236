package nl.omgekeerdetoets.teams;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.query.Param;

interface TeamRepository extends JpaRepository<Team, Long> {

	@Query("""
			select t from Team t
			where (:query = '' or lower(t.name) like lower(concat('%', :query, '%')))
			  and (:includeArchived = true or t.archived = false)
			""")
	Page<Team> search(@Param("query") String query, @Param("includeArchived") boolean includeArchived,
			Pageable pageable);

	@Query("select t from Team t where lower(t.name) = lower(:name)")
	Optional<Team> findByNameIgnoringCase(@Param("name") String name);

	@Query("select t from Team t where t.archived = false order by lower(t.name)")
	List<Team> findActive();

	@Query("select t from Account a join a.teams t where a.id = :accountId order by lower(t.name)")
	List<Team> findTeamsOf(@Param("accountId") long accountId);

	List<Team> findByIdIn(Collection<Long> ids);

}
