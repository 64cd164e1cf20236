package nl.omgekeerdetoets.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.omgekeerdetoets.audit.AuditLog;
import nl.omgekeerdetoets.cases.CaseService;
import nl.omgekeerdetoets.cases.CaseSummary;
import nl.omgekeerdetoets.shared.FieldProblem;
import nl.omgekeerdetoets.shared.RecordNotFoundException;
import nl.omgekeerdetoets.shared.StaleVersionException;
import nl.omgekeerdetoets.teams.AccountService;
import nl.omgekeerdetoets.teams.MemberSummary;
import nl.omgekeerdetoets.teams.Role;
import nl.omgekeerdetoets.teams.SignedInUser;
import nl.omgekeerdetoets.teams.TeamService;
import nl.omgekeerdetoets.teams.TeamSummary;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Return days: a lead plans one for teams they lead; the lead and the consultants of
 * those teams propose cases with a question for the group; the lead orders the agenda
 * and, on the day, records what each case brought. A return day exists only for the
 * people of its teams: to anyone else it is a 404.
 */
@Service
@Transactional
public class ReturnDays {

	private final ReturnDayRepository days;

	private final AgendaItemRepository items;

	private final OutcomeRepository outcomes;

	private final TeamService teams;

	private final CaseService cases;

	private final AccountService accounts;

	private final AuditLog auditLog;

	private final Clock clock;

	ReturnDays(ReturnDayRepository days, AgendaItemRepository items, OutcomeRepository outcomes, TeamService teams,
			CaseService cases, AccountService accounts, AuditLog auditLog, Clock clock) {
		this.days = days;
		this.items = items;
		this.outcomes = outcomes;
		this.teams = teams;
		this.cases = cases;
		this.accounts = accounts;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/**
	 * The teams whose return days this person takes part in: a lead's, a consultant's.
	 */
	@Transactional(readOnly = true)
	List<TeamSummary> teamsOf(SignedInUser user) {
		return user.is(Role.ADMIN) ? List.of() : this.teams.teamsOf(user.id());
	}

	@Transactional(readOnly = true)
	List<ReturnDay> list(SignedInUser user) {
		List<Long> teamIds = teamsOf(user).stream().map(TeamSummary::id).toList();
		return teamIds.isEmpty() ? List.of() : this.days.findOfTeams(teamIds);
	}

	long plan(SignedInUser lead, LocalDate heldOn, LocalDate from, LocalDate to, List<Long> teamIds) {
		Set<Long> led = teamsOf(lead).stream().map(TeamSummary::id).collect(Collectors.toSet());
		if (!lead.is(Role.TEAM_LEAD) || teamIds == null || teamIds.isEmpty() || !led.containsAll(teamIds)) {
			throw new FieldProblem("teamIds", "returnDay.teams.required");
		}
		ReturnDay day = this.days.save(new ReturnDay(heldOn, from, to, new java.util.LinkedHashSet<>(teamIds),
				lead.id(), this.clock.instant()));
		this.auditLog.record("RETURN_DAY_PLANNED", "RETURN_DAY", day.getId(), heldOn.toString(), "teams=" + teamIds);
		return day.getId();
	}

	/** The return day for someone of its teams; a 404 for anyone else. */
	@Transactional(readOnly = true)
	ReturnDay day(long id, SignedInUser user) {
		ReturnDay day = this.days.findById(id).orElseThrow(() -> new RecordNotFoundException("return day", id));
		Set<Long> mine = teamsOf(user).stream().map(TeamSummary::id).collect(Collectors.toSet());
		if (day.getTeamIds().stream().noneMatch(mine::contains)) {
			throw new RecordNotFoundException("return day", id);
		}
		return day;
	}

	/** Whether this person leads the day: a lead of one of its teams. */
	boolean mayManage(ReturnDay day, SignedInUser user) {
		return user.is(Role.TEAM_LEAD) && teamsOf(user).stream().anyMatch((t) -> day.getTeamIds().contains(t.id()));
	}

	/** The agenda with what each case brought, in the agenda's order. */
	@Transactional(readOnly = true)
	Agenda agenda(long id, SignedInUser user) {
		ReturnDay day = day(id, user);
		List<AgendaItem> list = this.items.findByReturnDayIdOrderByPositionAscIdAsc(id);
		Map<Long, List<Outcome>> byItem = new LinkedHashMap<>();
		list.forEach((item) -> byItem.put(item.getId(), new ArrayList<>()));
		if (!list.isEmpty()) {
			this.outcomes.findByItemIdInOrderByIdAsc(byItem.keySet())
				.forEach((outcome) -> byItem.get(outcome.getItemId()).add(outcome));
		}
		Set<Long> people = new HashSet<>();
		list.forEach((item) -> people.add(item.getProposedBy()));
		byItem.values()
			.forEach((outcomes) -> outcomes.stream()
				.filter((o) -> o.getOwnerId() != null)
				.forEach((o) -> people.add(o.getOwnerId())));
		Map<Long, String> names = people.isEmpty() ? Map.of() : this.accounts.displayNames(people);
		Map<Long, String> references = this.cases
			.references(list.stream().map(AgendaItem::getCaseId).collect(Collectors.toSet()));
		List<TeamSummary> teams = teamsOf(user).stream().filter((t) -> day.getTeamIds().contains(t.id())).toList();
		return new Agenda(day, teams, list, byItem, names, references, mayManage(day, user));
	}

	/**
	 * The people who may own a follow-up action: the consultants of the day's teams, and
	 * the lead.
	 */
	@Transactional(readOnly = true)
	Map<Long, String> possibleOwners(ReturnDay day, SignedInUser lead) {
		Map<Long, String> owners = new LinkedHashMap<>();
		owners.put(lead.id(), lead.displayName());
		for (Map.Entry<TeamSummary, List<MemberSummary>> team : this.teams.membersOfTeamsLedBy(lead.id()).entrySet()) {
			if (day.getTeamIds().contains(team.getKey().id())) {
				team.getValue().forEach((m) -> owners.putIfAbsent(m.id(), m.displayName()));
			}
		}
		return owners;
	}

	void propose(long id, SignedInUser user, String reference, String question) {
		ReturnDay day = day(id, user);
		CaseSummary caseFile = this.cases.findByReference(reference, user)
			.filter((c) -> day.getTeamIds().contains(c.teamId()))
			.orElseThrow(() -> new FieldProblem("reference", "returnDay.propose.unknown"));
		if (user.is(Role.CONSULTANT) && caseFile.ownerId() != user.id()) {
			throw new FieldProblem("reference", "returnDay.propose.notOwn");
		}
		if (this.items.existsByReturnDayIdAndCaseId(id, caseFile.id())) {
			throw new FieldProblem("reference", "returnDay.propose.duplicate");
		}
		int position = this.items.findByReturnDayIdOrderByPositionAscIdAsc(id).size() + 1;
		this.items.save(new AgendaItem(id, caseFile.id(), user.id(), question, position, this.clock.instant()));
		this.auditLog.record("RETURN_DAY_CASE_PROPOSED", "CASE", caseFile.id(), caseFile.reference(),
				"returnDay=" + id);
	}

	/**
	 * Moves an item one place up or down, or sets its time; checked against the version
	 * of the day the lead saw, so two leads ordering at once do not undo each other.
	 */
	void arrange(long id, long version, SignedInUser lead, long itemId, String move, Integer minutes) {
		ReturnDay day = managed(id, lead);
		StaleVersionException.check(version, day.getVersion());
		List<AgendaItem> list = new ArrayList<>(this.items.findByReturnDayIdOrderByPositionAscIdAsc(id));
		int index = indexOf(list, itemId);
		if ("up".equals(move) && index > 0) {
			java.util.Collections.swap(list, index, index - 1);
		}
		else if ("down".equals(move) && index < list.size() - 1) {
			java.util.Collections.swap(list, index, index + 1);
		}
		else if ("remove".equals(move)) {
			this.items.delete(list.remove(index));
		}
		else if (minutes != null) {
			list.get(index).setMinutes(minutes);
		}
		for (int i = 0; i < list.size(); i++) {
			list.get(i).setPosition(i + 1);
		}
		// The day's version counts every change of its agenda.
		this.days.bumpVersion(id);
	}

	void recordOutcome(long id, SignedInUser lead, long itemId, Outcome.Kind kind, String text,
			Outcome.ObstacleKind obstacleKind, Long ownerId, LocalDate dueOn) {
		ReturnDay day = managed(id, lead);
		indexOf(this.items.findByReturnDayIdOrderByPositionAscIdAsc(id), itemId);
		if (kind == Outcome.Kind.POLICY_SIGNAL && obstacleKind == null) {
			throw new FieldProblem("obstacleKind", "returnDay.outcome.obstacleKind.required");
		}
		if (kind == Outcome.Kind.ACTION) {
			if (ownerId == null || !possibleOwners(day, lead).containsKey(ownerId)) {
				throw new FieldProblem("ownerId", "returnDay.outcome.owner.required");
			}
			if (dueOn == null) {
				throw new FieldProblem("dueOn", "returnDay.outcome.dueOn.required");
			}
		}
		this.outcomes.save(new Outcome(itemId, kind, text, (kind == Outcome.Kind.POLICY_SIGNAL) ? obstacleKind : null,
				(kind == Outcome.Kind.ACTION) ? ownerId : null, (kind == Outcome.Kind.ACTION) ? dueOn : null, lead.id(),
				this.clock.instant()));
		this.auditLog.record("RETURN_DAY_OUTCOME_RECORDED", "RETURN_DAY", id, null, "kind=" + kind);
	}

	/** The follow-up actions this person still has to do, from any return day. */
	@Transactional(readOnly = true)
	public List<OpenAction> openActions(long ownerId) {
		return this.outcomes.findTop20ByOwnerIdAndKindAndDoneAtIsNullOrderByDueOnAscIdAsc(ownerId, Outcome.Kind.ACTION)
			.stream()
			.map((o) -> new OpenAction(o.getId(), o.getText(), o.getDueOn(),
					o.getDueOn().isBefore(LocalDate.now(this.clock))))
			.toList();
	}

	/**
	 * Every open follow-up action due within these days, both included: for the daily
	 * reminder mails, by id, owner and date only (never its text).
	 */
	@Transactional(readOnly = true)
	public List<DueAction> openActionsDueBetween(LocalDate from, LocalDate to) {
		return this.outcomes.findOpenActionsDueBetween(from, to)
			.stream()
			.map((o) -> new DueAction(o.getId(), o.getOwnerId(), o.getDueOn()))
			.toList();
	}

	/**
	 * An open follow-up action, without its text.
	 *
	 * @param id the action's id
	 * @param ownerId who does it
	 * @param dueOn by when
	 */
	public record DueAction(long id, long ownerId, LocalDate dueOn) {

	}

	/** Its owner marks a follow-up action done; to anyone else it does not exist. */
	public void markDone(long outcomeId, SignedInUser user) {
		Outcome outcome = this.outcomes.findById(outcomeId)
			.filter((o) -> o.getKind() == Outcome.Kind.ACTION && o.getOwnerId() != null && o.getOwnerId() == user.id())
			.orElseThrow(() -> new RecordNotFoundException("action", outcomeId));
		if (!outcome.isDone()) {
			outcome.markDone(this.clock.instant());
		}
	}

	private ReturnDay managed(long id, SignedInUser lead) {
		ReturnDay day = day(id, lead);
		if (!mayManage(day, lead)) {
			throw new org.springframework.security.access.AccessDeniedException("Only a lead of its teams leads it");
		}
		return day;
	}

	private static int indexOf(List<AgendaItem> list, long itemId) {
		for (int i = 0; i < list.size(); i++) {
			if (list.get(i).getId() == itemId) {
				return i;
			}
		}
		throw new RecordNotFoundException("agenda item", itemId);
	}

	/**
	 * A follow-up action for its owner's start page.
	 *
	 * @param id the action's id
	 * @param text what is to be done
	 * @param dueOn by when
	 * @param overdue whether that day has passed
	 */
	public record OpenAction(long id, String text, LocalDate dueOn, boolean overdue) {

	}

	/**
	 * A return day's agenda, as its page shows it.
	 * @param day the day
	 * @param teams the day's teams that the viewer belongs to
	 * @param items the cases on the agenda, in order
	 * @param outcomes per item, what it brought
	 * @param names the names of proposers and owners
	 * @param references the cases' references
	 * @param mayManage whether the viewer leads the day
	 */
	/**
	 * Records that this day's report left the app as a PDF: it holds the cases'
	 * references and what was said about them.
	 */
	void reportDownloaded(ReturnDay day) {
		this.auditLog.record("RETURN_DAY_REPORT_DOWNLOADED", "RETURN_DAY", day.getId(), day.getHeldOn().toString(),
				null);
	}

	record Agenda(ReturnDay day, List<TeamSummary> teams, List<AgendaItem> items, Map<Long, List<Outcome>> outcomes,
			Map<Long, String> names, Map<Long, String> references, boolean mayManage) {

		public int totalMinutes() {
			return this.items.stream().mapToInt((i) -> (i.getMinutes() != null) ? i.getMinutes() : 0).sum();
		}

		public List<Outcome> outcomesOf(AgendaItem item) {
			return this.outcomes.getOrDefault(item.getId(), List.of());
		}

	}

}
