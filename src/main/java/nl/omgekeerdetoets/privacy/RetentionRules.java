package nl.omgekeerdetoets.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import nl.omgekeerdetoets.audit.AuditLog;
import nl.omgekeerdetoets.shared.RecordNotFoundException;
import nl.omgekeerdetoets.shared.StaleVersionException;
import nl.omgekeerdetoets.teams.SignedInUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's retention rules and whether the run may act on them. Every change raises
 * the rules' version and is logged; the run deletes only while the admin has confirmed
 * the current version, after looking at the dry run.
 */
@Service
@Transactional
class RetentionRules {

	static final String AUDIT_SUBJECT = "RETENTION";

	private final RetentionRuleRepository rules;

	private final JdbcClient jdbc;

	private final AuditLog auditLog;

	private final Clock clock;

	RetentionRules(RetentionRuleRepository rules, JdbcClient jdbc, AuditLog auditLog, Clock clock) {
		this.rules = rules;
		this.jdbc = jdbc;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<RetentionRule> all() {
		return this.rules.findAllByOrderByKindAscIdAsc();
	}

	@Transactional(readOnly = true)
	RetentionRule get(long id) {
		return this.rules.findById(id).orElseThrow(() -> new RecordNotFoundException("Retention rule", id));
	}

	RetentionRule change(long id, RetentionRuleForm form, SignedInUser admin) {
		RetentionRule rule = get(id);
		StaleVersionException.check(form.getVersion(), rule.getVersion());
		String before = rule.describe();
		boolean periodChanged = rule.getKeepMonths() != form.getKeepMonths();
		rule.change(form.getKeepMonths(), form.getSource(), form.isSourceChecked(), admin.getUsername(),
				this.clock.instant());
		try {
			this.rules.saveAndFlush(rule);
		}
		catch (ObjectOptimisticLockingFailureException lostRace) {
			throw new StaleVersionException(rule.getVersion() + 1);
		}
		if (periodChanged) {
			// A new period waits for the admin's confirmation before the run acts on it.
			this.jdbc.sql("update retention_setting set rules_version = rules_version + 1 where id = 1").update();
		}
		this.auditLog.record("RETENTION_RULE_UPDATED", AUDIT_SUBJECT, id, rule.describe(),
				periodChanged ? before + " -> " + rule.describe() : null);
		return rule;
	}

	@Transactional(readOnly = true)
	Status status() {
		return this.jdbc.sql(
				"select rules_version, confirmed_version, confirmed_by, confirmed_at from retention_setting where id = 1")
			.query((row, n) -> new Status(row.getLong("rules_version"), (Long) row.getObject("confirmed_version"),
					row.getString("confirmed_by"),
					(row.getTimestamp("confirmed_at") != null) ? row.getTimestamp("confirmed_at").toInstant() : null))
			.single();
	}

	/**
	 * The admin lets the run act on the rules as they are at this version (the one the
	 * dry run they looked at showed). A rule changed since then: nothing is confirmed.
	 */
	boolean confirm(long rulesVersion, SignedInUser admin) {
		int confirmed = this.jdbc.sql("""
				update retention_setting set confirmed_version = rules_version, confirmed_by = :by, confirmed_at = :now
				where id = 1 and rules_version = :version""")
			.param("by", admin.getUsername())
			.param("now", java.sql.Timestamp.from(this.clock.instant()))
			.param("version", rulesVersion)
			.update();
		if (confirmed == 1) {
			this.auditLog.record("RETENTION_CONFIRMED", AUDIT_SUBJECT, null, null, "version=" + rulesVersion);
		}
		return confirmed == 1;
	}

	/**
	 * Whether the run may delete: the rules' current version is confirmed.
	 *
	 * @param rulesVersion the rules' version now
	 * @param confirmedVersion the version the admin confirmed, or null
	 * @param confirmedBy who confirmed it
	 * @param confirmedAt when
	 */
	record Status(long rulesVersion, Long confirmedVersion, String confirmedBy, Instant confirmedAt) {

		public boolean confirmed() {
			return this.confirmedVersion != null && this.confirmedVersion == this.rulesVersion;
		}

	}

}
