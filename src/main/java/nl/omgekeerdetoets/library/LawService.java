package nl.omgekeerdetoets.library;

import nl.omgekeerdetoets.audit.AuditLog;
import nl.omgekeerdetoets.shared.FieldProblem;
import nl.omgekeerdetoets.shared.RecordNotFoundException;
import nl.omgekeerdetoets.shared.StaleVersionException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an admin does with the law library. Nothing is deleted: cases refer to laws and
 * goals, so they are retired instead. Every change is recorded in the audit log under the
 * law it concerns.
 */
@Service
@Transactional(readOnly = true)
class LawService {

	static final String AUDIT_SUBJECT = "LAW";

	private final LawRepository laws;

	private final LawGoalRepository goals;

	private final AuditLog auditLog;

	LawService(LawRepository laws, LawGoalRepository goals, AuditLog auditLog) {
		this.laws = laws;
		this.goals = goals;
		this.auditLog = auditLog;
	}

	Page<LawListRow> list(Pageable pageable) {
		return this.laws.findListRows(pageable);
	}

	/** The law with all its goals loaded. */
	Law get(long id) {
		return this.laws.findWithGoals(id).orElseThrow(() -> new RecordNotFoundException("Law", id));
	}

	/** A goal of this law, with its law loaded; a goal of another law is not found. */
	LawGoal getGoal(long lawId, long goalId) {
		return this.goals.findOfLaw(lawId, goalId).orElseThrow(() -> new RecordNotFoundException("LawGoal", goalId));
	}

	@Transactional
	Law create(LawDetails details) {
		String name = details.name();
		requireUniqueName(name, null);
		Law law = new Law(name);
		law.update(name, details.purpose(), details.position(), details.active());
		this.laws.save(law);
		this.auditLog.record("LAW_CREATED", AUDIT_SUBJECT, law.getId(), law.getName(), describe(law));
		return law;
	}

	@Transactional
	Law update(long id, long version, LawDetails details) {
		Law law = get(id);
		StaleVersionException.check(version, law.getVersion());
		String name = details.name();
		requireUniqueName(name, law.getId());
		String before = law.getName();
		law.update(name, details.purpose(), details.position(), details.active());
		this.auditLog.record("LAW_UPDATED", AUDIT_SUBJECT, law.getId(), law.getName(),
				(before.equals(name) ? "" : "name: " + before + " -> " + name + "; ") + describe(law));
		return law;
	}

	@Transactional
	LawGoal addGoal(long lawId, LawGoalDetails details) {
		Law law = get(lawId);
		LawGoal goal = law.addGoal(details.description(), details.articleReference(), details.position());
		this.goals.save(goal);
		this.auditLog.record("LAW_GOAL_ADDED", AUDIT_SUBJECT, law.getId(), law.getName(), describe(goal));
		return goal;
	}

	@Transactional
	LawGoal updateGoal(long lawId, long goalId, long version, LawGoalDetails details) {
		LawGoal goal = getGoal(lawId, goalId);
		StaleVersionException.check(version, goal.getVersion());
		goal.update(details.description(), details.articleReference(), details.position());
		this.auditLog.record("LAW_GOAL_UPDATED", AUDIT_SUBJECT, lawId, goal.getLaw().getName(), describe(goal));
		return goal;
	}

	@Transactional
	LawGoal retireGoal(long lawId, long goalId) {
		LawGoal goal = getGoal(lawId, goalId);
		goal.retire();
		this.auditLog.record("LAW_GOAL_RETIRED", AUDIT_SUBJECT, lawId, goal.getLaw().getName(), "goal=" + goal.getId());
		return goal;
	}

	@Transactional
	LawGoal restoreGoal(long lawId, long goalId) {
		LawGoal goal = getGoal(lawId, goalId);
		goal.restore();
		this.auditLog.record("LAW_GOAL_RESTORED", AUDIT_SUBJECT, lawId, goal.getLaw().getName(),
				"goal=" + goal.getId());
		return goal;
	}

	private void requireUniqueName(String name, Long ownId) {
		this.laws.findByNameIgnoringCase(name)
			.filter((existing) -> !existing.getId().equals(ownId))
			.ifPresent((existing) -> {
				throw new FieldProblem("name", "law.name.taken");
			});
	}

	private static String describe(Law law) {
		return "position=" + law.getPosition() + "; active=" + law.isActive();
	}

	private static String describe(LawGoal goal) {
		return "goal=" + goal.getId() + "; position=" + goal.getPosition()
				+ ((goal.getArticleReference() != null) ? "; article=" + goal.getArticleReference() : "")
				+ "; description=" + goal.getDescription();
	}

}
