package nl.omgekeerdetoets.reporting;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReturnDayRepository extends JpaRepository<ReturnDay, Long> {

	/** The return days of any of these teams, the latest first, at most 50. */
	@Query(value = """
			select distinct d.* from return_day d join return_day_team t on t.return_day_id = d.id
			where t.team_id in (:teams) order by d.held_on desc, d.id desc limit 50""", nativeQuery = true)
	List<ReturnDay> findOfTeams(@Param("teams") Collection<Long> teamIds);

	/** Counts a change of the day's agenda, which its items do not carry themselves. */
	@Modifying
	@Query("update ReturnDay d set d.version = d.version + 1 where d.id = :id")
	void bumpVersion(@Param("id") long id);

}
