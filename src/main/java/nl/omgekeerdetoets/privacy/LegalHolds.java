package nl.omgekeerdetoets.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import nl.omgekeerdetoets.audit.AuditLog;
import nl.omgekeerdetoets.cases.CasePolicy;
import nl.omgekeerdetoets.cases.CaseService;
import nl.omgekeerdetoets.shared.FieldProblem;
import nl.omgekeerdetoets.teams.Role;
import nl.omgekeerdetoets.teams.SignedInUser;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Legal holds: a lead (for the teams they lead) or an admin (for any case, found by its
 * reference: they do not read case content) keeps a case beyond its retention period,
 * with a reason. Placing and releasing are logged on the case.
 */
@Service
@Transactional
class LegalHolds {

	private static final String IN_FORCE = """
			select h.id, h.case_id, c.reference, c.team_id, t.name as team_name, h.reason_kind, h.reason,
				a.display_name, h.placed_at
			from legal_hold h
			join case_file c on c.id = h.case_id
			join team t on t.id = c.team_id
			join account a on a.id = h.placed_by
			where h.released_at is null and (:all or c.team_id = any(:teams))
			order by h.placed_at desc, h.id desc
			""";

	private final JdbcClient jdbc;

	private final CasePolicy policy;

	private final AuditLog auditLog;

	private final Clock clock;

	LegalHolds(JdbcClient jdbc, CasePolicy policy, AuditLog auditLog, Clock clock) {
		this.jdbc = jdbc;
		this.policy = policy;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** The holds in force this person may see: a lead's teams', or all for an admin. */
	@Transactional(readOnly = true)
	List<LegalHold> inForce(SignedInUser user) {
		boolean all = user.is(Role.ADMIN);
		Long[] teams = all ? new Long[0] : this.policy.ledTeamIds(user).toArray(Long[]::new);
		return this.jdbc.sql(IN_FORCE)
			.param("all", all)
			.param("teams", teams)
			.query((row, n) -> new LegalHold(row.getLong("id"), row.getLong("case_id"), row.getString("reference"),
					row.getLong("team_id"), row.getString("team_name"),
					HoldReason.valueOf(row.getString("reason_kind")), row.getString("reason"),
					row.getString("display_name"), row.getTimestamp("placed_at").toInstant()))
			.list();
	}

	LegalHold place(LegalHoldForm form, SignedInUser user) {
		CaseRef c = caseFor(form.getReference(), user)
			.orElseThrow(() -> new FieldProblem("reference", "hold.reference.unknown"));
		try {
			this.jdbc.sql("""
					insert into legal_hold (case_id, reason_kind, reason, placed_by, placed_at)
					values (:caseId, :kind, :reason, :by, :now)""")
				.param("caseId", c.id())
				.param("kind", form.getReasonKind().name())
				.param("reason", form.getReason())
				.param("by", user.id())
				.param("now", Timestamp.from(this.clock.instant()))
				.update();
		}
		catch (DuplicateKeyException alreadyHeld) {
			throw new FieldProblem("reference", "hold.reference.held");
		}
		this.auditLog.record("LEGAL_HOLD_PLACED", CaseService.AUDIT_SUBJECT, c.id(), c.reference(),
				"reason=" + form.getReasonKind());
		return inForce(user).stream()
			.filter((h) -> h.caseId() == c.id())
			.findFirst()
			.orElseThrow(() -> LegalHold.missing(c.id()));
	}

	void release(long holdId, SignedInUser user) {
		LegalHold hold = inForce(user).stream()
			.filter((h) -> h.id() == holdId)
			.findFirst()
			.orElseThrow(() -> LegalHold.missing(holdId));
		this.jdbc.sql("""
				update legal_hold set released_by = :by, released_at = :now
				where id = :id and released_at is null""")
			.param("by", user.id())
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", holdId)
			.update();
		this.auditLog.record("LEGAL_HOLD_RELEASED", CaseService.AUDIT_SUBJECT, hold.caseId(), hold.reference(),
				"reason=" + hold.reasonKind());
	}

	/**
	 * The case with this reference if this person may hold it: an admin any, a lead those
	 * of the teams they lead; for anyone else there is none. The row is locked against a
	 * retention run deleting it meanwhile.
	 */
	private Optional<CaseRef> caseFor(String reference, SignedInUser user) {
		Optional<CaseRef> found = this.jdbc
			.sql("select id, reference, team_id from case_file where reference = :reference for share")
			.param("reference", reference.strip())
			.query((row, n) -> new CaseRef(row.getLong("id"), row.getString("reference"), row.getLong("team_id")))
			.optional();
		return found.filter((c) -> user.is(Role.ADMIN) || this.policy.ledTeamIds(user).contains(c.teamId()));
	}

	private record CaseRef(long id, String reference, long teamId) {
	}

}
