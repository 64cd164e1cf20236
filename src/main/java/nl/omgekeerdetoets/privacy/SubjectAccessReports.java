package nl.omgekeerdetoets.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.omgekeerdetoets.audit.AuditLog;
import nl.omgekeerdetoets.cases.CaseService;
import nl.omgekeerdetoets.cases.SubjectAccessCase;
import nl.omgekeerdetoets.teams.SignedInUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Produces the subject access report of one case for the privacy officer, and logs it:
 * the report is a read of the case like any other, and appears in the case's access log.
 */
@Service
@Transactional
class SubjectAccessReports {

	/** The access log of a case from its first day: no case is older than this. */
	private static final LocalDate BEGINNING = LocalDate.of(2000, 1, 1);

	private final CaseService cases;

	private final AccessLog accessLog;

	private final AuditLog auditLog;

	private final JdbcClient jdbc;

	private final Clock clock;

	SubjectAccessReports(CaseService cases, AccessLog accessLog, AuditLog auditLog, JdbcClient jdbc, Clock clock) {
		this.cases = cases;
		this.accessLog = accessLog;
		this.auditLog = auditLog;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The report of the case with this reference, or empty when there is none; producing
	 * it is logged with the format asked for.
	 */
	Optional<SubjectAccessReport> produce(String reference, String format, SignedInUser officer) {
		Optional<SubjectAccessCase> found = this.cases.forSubjectAccess(reference, officer);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		SubjectAccessCase c = found.get();
		long caseId = c.summary().id();
		this.auditLog.record("SUBJECT_ACCESS_REPORT", CaseService.AUDIT_SUBJECT, caseId, c.summary().reference(),
				"role=" + officer.role() + "; page=" + format);
		AccessFilter all = new AccessFilter();
		all.setReference(c.summary().reference());
		all.setFrom(BEGINNING);
		all.setTo(LocalDate.now(this.clock));
		List<AccessLine> access = new ArrayList<>();
		this.accessLog.each(all, access::add);
		return Optional.of(new SubjectAccessReport(this.clock.instant(), officer.displayName(),
				name("select name from team where id = ?", c.summary().teamId()),
				name("select display_name from account where id = ?", c.summary().ownerId()), c, decisions(caseId),
				comments(caseId), followUps(caseId), holds(caseId), access));
	}

	private String name(String sql, long id) {
		return this.jdbc.sql(sql).param(id).query(String.class).optional().orElse("");
	}

	private List<SubjectAccessReport.Decision> decisions(long caseId) {
		return this.jdbc.sql("""
				select d.round, d.decision, d.reason, a.display_name, d.decided_at
				from review_decision d join account a on a.id = d.reviewer_id
				where d.case_id = ? order by d.decided_at, d.id""")
			.param(caseId)
			.query((row, n) -> new SubjectAccessReport.Decision(row.getInt(1), row.getString(2), row.getString(3),
					row.getString(4), row.getTimestamp(5).toInstant()))
			.list();
	}

	private List<SubjectAccessReport.Comment> comments(long caseId) {
		return this.jdbc
			.sql("""
					select c.round, c.step, c.field, c.text, a.display_name, c.created_at, c.answer, c.answered_at, c.resolved
					from review_comment c join account a on a.id = c.author_id
					where c.case_id = ? order by c.created_at, c.id""")
			.param(caseId)
			.query((row, n) -> new SubjectAccessReport.Comment(row.getInt(1), row.getString(2), row.getString(3),
					row.getString(4), row.getString(5), row.getTimestamp(6).toInstant(), row.getString(7),
					instant(row.getTimestamp(8)), row.getBoolean(9)))
			.list();
	}

	private List<SubjectAccessReport.FollowUp> followUps(long caseId) {
		return this.jdbc
			.sql("""
					select f.id, f.months, f.due_on, f.recorded_at, a.display_name, f.early_reason,
						coalesce((select array_agg(coalesce(r.outcome, '-') || coalesce(': ' || r.note, '') order by r.position)
							from case_follow_up_result r where r.follow_up_id = f.id), '{}') as results
					from case_follow_up f left join account a on a.id = f.recorded_by
					where f.case_id = ? order by f.months""")
			.param(caseId)
			.query((row, n) -> new SubjectAccessReport.FollowUp(row.getInt(2), row.getDate(3).toLocalDate().toString(),
					instant(row.getTimestamp(4)), row.getString(5), row.getString(6),
					List.of((String[]) row.getArray(7).getArray())))
			.list();
	}

	private List<SubjectAccessReport.Hold> holds(long caseId) {
		return this.jdbc.sql("""
				select h.reason_kind, h.reason, a.display_name, h.placed_at, h.released_at
				from legal_hold h join account a on a.id = h.placed_by
				where h.case_id = ? order by h.placed_at, h.id""")
			.param(caseId)
			.query((row, n) -> new SubjectAccessReport.Hold(row.getString(1), row.getString(2), row.getString(3),
					row.getTimestamp(4).toInstant(), instant(row.getTimestamp(5))))
			.list();
	}

	private static java.time.Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
