package nl.omgekeerdetoets.teams;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface AccountRepository extends ListCrudRepository<Account, Long> {

	@Query("select a from Account a where lower(a.username) = lower(:username)")
	Optional<Account> findByUsername(@Param("username") String username);

	Optional<Account> findByExternalId(String externalId);

	@Query("select a from Account a where lower(a.email) = lower(:email)")
	List<Account> findByEmail(@Param("email") String email);

	long countByWaitingTrue();

	/**
	 * One page of accounts. Teams are loaded afterwards in one batch (see
	 * default_batch_fetch_size), not with a fetch join, so that the database paginates.
	 */
	@Query(value = """
			select a from Account a
			where (:query = '' or lower(a.username) like lower(concat('%', :query, '%'))
			       or lower(a.displayName) like lower(concat('%', :query, '%'))
			       or lower(a.email) like lower(concat('%', :query, '%')))
			  and (:role is null or a.role = :role)
			  and (:active is null or a.active = :active)
			  and (:waiting is null or a.waiting = :waiting)
			  and (:teamId is null or exists (select 1 from Account b join b.teams t where b = a and t.id = :teamId))
			""")
	Page<Account> search(@Param("query") String query, @Param("role") Role role, @Param("active") Boolean active,
			@Param("waiting") Boolean waiting, @Param("teamId") Long teamId, Pageable pageable);

	@EntityGraph(attributePaths = "teams")
	@Query("select a from Account a where a.id = :id")
	Optional<Account> findWithTeams(@Param("id") long id);

	long countByRoleAndActiveTrue(Role role);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Account a where a.role = 'ADMIN' and a.active = true")
	List<Account> lockActiveAdmins();

	@Query("select count(a) > 0 from Account a where a.role = 'ADMIN'")
	boolean anyAdminExists();

	@EntityGraph(attributePaths = "teams")
	@Query("""
			select distinct a from Account a join a.teams t
			where t.id in :teamIds and a.active = true and a.role = 'CONSULTANT'
			order by a.displayName
			""")
	List<Account> findActiveMembersOfTeams(@Param("teamIds") Collection<Long> teamIds);

}
