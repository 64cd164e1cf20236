package nl.omgekeerdetoets.cases;

import java.util.List;

import nl.omgekeerdetoets.teams.Role;
import nl.omgekeerdetoets.teams.SignedInUser;
import nl.omgekeerdetoets.teams.TeamSummary;
import nl.omgekeerdetoets.teams.TeamService;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may do what with a case: the one place that decides it, for the cases module and
 * for the review module alike.
 *
 * <ul>
 * <li>A consultant opens cases; the owner edits and submits them while they are a draft
 * or sent back, and evaluates them once approved.</li>
 * <li>Colleagues in the owner's team read a case only where the team allows that; a team
 * lead reads every case of the teams they lead; an admin reads no case content.</li>
 * <li>A lead reviews, comments on, compliments and marks exemplary the cases of the teams
 * they lead, but never a case they own or ever saved a step of: maker is not checker,
 * also not as lead of their own team.</li>
 * </ul>
 */
@Component
@Transactional(readOnly = true)
public class CasePolicy {

	private final TeamService teams;

	private final CaseFileRepository cases;

	CasePolicy(TeamService teams, CaseFileRepository cases) {
		this.teams = teams;
		this.cases = cases;
	}

	public boolean mayOpen(SignedInUser user) {
		return user.is(Role.CONSULTANT);
	}

	public boolean mayRead(SignedInUser user, CaseSummary c) {
		return isOwner(user, c) || readableTeamIds(user).contains(c.teamId());
	}

	public boolean mayEdit(SignedInUser user, CaseSummary c) {
		return user.is(Role.CONSULTANT) && isOwner(user, c) && c.status().isEditable();
	}

	public boolean maySubmit(SignedInUser user, CaseSummary c) {
		return mayEdit(user, c);
	}

	/** The owner withdraws a case that is not decided yet. */
	public boolean mayWithdraw(SignedInUser user, CaseSummary c) {
		return user.is(Role.CONSULTANT) && isOwner(user, c) && CaseStatus.WITHDRAWABLE.contains(c.status());
	}

	public boolean mayEvaluate(SignedInUser user, CaseSummary c) {
		return user.is(Role.CONSULTANT) && isOwner(user, c) && c.isApproved();
	}

	/** The owner answers and resolves the lead's comments. */
	public boolean mayAnswerComments(SignedInUser user, CaseSummary c) {
		return user.is(Role.CONSULTANT) && isOwner(user, c);
	}

	public boolean mayReview(SignedInUser user, CaseSummary c) {
		return user.is(Role.TEAM_LEAD) && ledTeamIds(user).contains(c.teamId()) && !isOwner(user, c)
				&& !this.cases.hasEditor(c.id(), user.id());
	}

	public boolean mayComment(SignedInUser user, CaseSummary c) {
		return mayReview(user, c);
	}

	public boolean mayCompliment(SignedInUser user, CaseSummary c) {
		return mayReview(user, c);
	}

	public boolean mayMarkExemplary(SignedInUser user, CaseSummary c) {
		return mayReview(user, c);
	}

	/** The teams whose cases this person reviews: the teams they lead, if a lead. */
	public List<Long> ledTeamIds(SignedInUser user) {
		return user.is(Role.TEAM_LEAD) ? teamIds(this.teams.teamsOf(user.id())) : List.of();
	}

	/**
	 * The teams whose cases of others this person may read: led teams, or the own team
	 * where it shares its cases.
	 */
	public List<Long> readableTeamIds(SignedInUser user) {
		return readableTeamIds(user, this.teams.teamsOf(user.id()));
	}

	/** The same, from the teams the person belongs to (or leads), already at hand. */
	static List<Long> readableTeamIds(SignedInUser user, List<TeamSummary> own) {
		return switch (user.role()) {
			case TEAM_LEAD -> teamIds(own);
			case CONSULTANT -> teamIds(own.stream().filter(TeamSummary::casesVisibleToMembers).toList());
			case ADMIN, PRIVACY_OFFICER -> List.of();
		};
	}

	/** Refuses with a 403 unless the rule allows it. */
	public static void require(boolean allowed, String rule) {
		if (!allowed) {
			throw new AccessDeniedException(rule);
		}
	}

	private static boolean isOwner(SignedInUser user, CaseSummary c) {
		return user.id() == c.ownerId();
	}

	private static List<Long> teamIds(List<TeamSummary> teams) {
		return teams.stream().map(TeamSummary::id).toList();
	}

}
