package nl.omgekeerdetoets.cases;

import java.util.List;

import nl.omgekeerdetoets.teams.Role;
import nl.omgekeerdetoets.teams.SignedInUser;
import nl.omgekeerdetoets.teams.Team;
import nl.omgekeerdetoets.teams.TeamService;

import org.springframework.stereotype.Component;

/**
 * Who may see and change which case. The owner reads and (while the case is editable)
 * edits it; colleagues in the owner's team read it only where the team allows that; a
 * team lead reads every case of the teams they lead; an admin reads no case content at
 * all.
 */
@Component
class CaseAccess {

	private final TeamService teams;

	CaseAccess(TeamService teams) {
		this.teams = teams;
	}

	boolean canRead(SignedInUser user, CaseFile caseFile) {
		if (user.id() == caseFile.getOwnerId()) {
			return true;
		}
		return readableTeamIds(user).contains(caseFile.getTeamId());
	}

	boolean canEdit(SignedInUser user, CaseFile caseFile) {
		return user.is(Role.CONSULTANT) && user.id() == caseFile.getOwnerId() && caseFile.getStatus().isEditable();
	}

	/**
	 * The teams whose cases (of others) this person may read: led teams, or the own team
	 * where it is shared.
	 */
	List<Long> readableTeamIds(SignedInUser user) {
		List<Team> own = this.teams.teamsOf(user.id());
		return switch (user.role()) {
			case TEAM_LEAD -> own.stream().map(Team::getId).toList();
			case CONSULTANT -> own.stream().filter(Team::isCasesVisibleToMembers).map(Team::getId).toList();
			case ADMIN -> List.of();
		};
	}

	List<Team> teamsOf(SignedInUser user) {
		return this.teams.teamsOf(user.id());
	}

}
