package nl.omgekeerdetoets.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.omgekeerdetoets.teams.SignedInUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may read of the follow-ups: the start page's follow-ups due, and the
 * counts per follow-up for the casebook. Each a single statement, whatever the number of
 * cases.
 */
@Service
@Transactional(readOnly = true)
public class FollowUps {

	/**
	 * A follow-up is due from this many days before its date, as the start page and the
	 * lists say.
	 */
	public static final int DUE_WINDOW_DAYS = FollowUp.DUE_WINDOW_DAYS;

	/**
	 * An owner's next follow-ups up to a date, the earliest first: the front of the
	 * owner's range of {@code case_file_owner_follow_up} (V14).
	 */
	static final String DUE = "select id, reference, title, follow_up_months, follow_up_due from case_file "
			+ "where owner_id = :owner and follow_up_due is not null and follow_up_due <= :horizon "
			+ "order by follow_up_due, id limit :limit";

	private final JdbcClient jdbc;

	private final Clock clock;

	FollowUps(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The user's own cases whose next follow-up is due within
	 * {@link FollowUp#DUE_WINDOW_DAYS} days or overdue, the earliest first, at most this
	 * many: the front of the owner's range of an index (V14), whatever their number of
	 * cases.
	 */
	public DueFollowUps dueFor(SignedInUser user, int limit) {
		LocalDate today = LocalDate.now(this.clock);
		List<DueFollowUps.Due> due = this.jdbc.sql(DUE)
			.param("owner", user.id())
			.param("horizon", today.plusDays(FollowUp.DUE_WINDOW_DAYS))
			.param("limit", limit + 1)
			.query((rs, n) -> {
				LocalDate dueOn = rs.getDate("follow_up_due").toLocalDate();
				return new DueFollowUps.Due(rs.getLong("id"), rs.getString("reference"), rs.getString("title"),
						rs.getInt("follow_up_months"), dueOn, FollowUp.overdue(dueOn, today));
			})
			.list();
		return new DueFollowUps((due.size() > limit) ? due.subList(0, limit) : due, due.size() > limit);
	}

	/**
	 * Every case's next follow-up dated within these days, both included, the earliest
	 * first: for the daily reminder mails, one statement over the index on the date
	 * (V22).
	 */
	public List<Dated> datedBetween(LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select id, reference, owner_id, follow_up_months, follow_up_due from case_file
				where follow_up_due between :from and :to
				order by follow_up_due, id
				""")
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new Dated(rs.getLong("id"), rs.getString("reference"), rs.getLong("owner_id"),
					rs.getInt("follow_up_months"), rs.getDate("follow_up_due").toLocalDate()))
			.list();
	}

	/**
	 * A case's next follow-up and its date, with the case's reference only.
	 *
	 * @param caseId the case
	 * @param reference its reference
	 * @param ownerId the consultant who records it
	 * @param months 6 or 12 months after approval
	 * @param dueOn its date
	 */
	public record Dated(long caseId, String reference, long ownerId, int months, LocalDate dueOn) {
	}

	/** The follow-up counts of one case; no follow-ups before it was approved. */
	public FollowUpResults resultsOf(long caseId) {
		return resultsOf(List.of(caseId)).get(caseId);
	}

	/**
	 * The follow-up counts of these cases, by case id (every id present, unknown ones
	 * without follow-ups), in one statement.
	 */
	public Map<Long, FollowUpResults> resultsOf(Collection<Long> caseIds) {
		Map<Long, List<FollowUpResults.Tally>> tallies = new LinkedHashMap<>();
		caseIds.forEach((id) -> tallies.put(id, new ArrayList<>()));
		if (!caseIds.isEmpty()) {
			this.jdbc.sql("""
					select f.case_id, f.months, f.due_on, f.recorded_at,
					       count(r.position) filter (where r.outcome = 'REACHED') as reached,
					       count(r.position) filter (where r.outcome = 'PARTLY') as partly,
					       count(r.position) filter (where r.outcome = 'NOT_REACHED') as not_reached
					from case_follow_up f
					left join case_follow_up_result r on r.follow_up_id = f.id
					where f.case_id in (:ids)
					group by f.id
					order by f.case_id, f.months
					""").param("ids", caseIds).query((rs, n) -> {
				Timestamp recordedAt = rs.getTimestamp("recorded_at");
				tallies.get(rs.getLong("case_id"))
					.add(new FollowUpResults.Tally(rs.getInt("months"), rs.getDate("due_on").toLocalDate(),
							(recordedAt != null) ? recordedAt.toInstant() : null, rs.getInt("reached"),
							rs.getInt("partly"), rs.getInt("not_reached")));
				return null;
			}).list();
		}
		Map<Long, FollowUpResults> results = new LinkedHashMap<>();
		tallies.forEach((id, list) -> results.put(id, new FollowUpResults(id, list)));
		return results;
	}

}
