package nl.omgekeerdetoets.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import nl.omgekeerdetoets.audit.AuditLog;
import nl.omgekeerdetoets.shared.StaleVersionException;
import nl.omgekeerdetoets.teams.AccountContact;
import nl.omgekeerdetoets.teams.AccountService;
import nl.omgekeerdetoets.teams.SignedInUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's choices for mail: which kinds, at once or as a daily digest, and in which
 * language. No row means every kind on, at once.
 */
@Service
@Transactional
class MailPreferences {

	private final JdbcClient jdbc;

	private final AccountService accounts;

	private final MailOutbox outbox;

	private final AuditLog auditLog;

	private final Clock clock;

	MailPreferences(JdbcClient jdbc, AccountService accounts, MailOutbox outbox, AuditLog auditLog, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.outbox = outbox;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Choice of(long accountId) {
		return this.jdbc.sql("select kinds_off, digest, version from mail_preference where account_id = ?")
			.param(accountId)
			.query((rs, n) -> new Choice(
					Arrays.stream((String[]) rs.getArray("kinds_off").getArray()).map(MailKind::valueOf).toList(),
					rs.getBoolean("digest"), rs.getLong("version")))
			.optional()
			.orElse(new Choice(List.of(), false, 0));
	}

	@Transactional(readOnly = true)
	AccountContact contact(long accountId) {
		return this.accounts.contact(accountId);
	}

	/**
	 * Saves the choices, unless someone saved them since the form was shown (another
	 * tab). Mails already waiting follow a change of digest: out of the digest they go at
	 * once, into it they wait for it.
	 */
	void save(SignedInUser user, MailPreferencesForm form) {
		List<MailKind> offered = MailKind.forRole(user.role());
		String[] off = offered.stream()
			.filter((kind) -> !form.getKinds().contains(kind))
			.map(MailKind::name)
			.toArray(String[]::new);
		int saved = this.jdbc.sql("""
				insert into mail_preference (account_id, kinds_off, digest, version)
				values (:account, :off, :digest, 1)
				on conflict (account_id) do update
				set kinds_off = excluded.kinds_off, digest = excluded.digest, version = mail_preference.version + 1
				where mail_preference.version = :version
				""")
			.param("account", user.id())
			.param("off", off)
			.param("digest", form.isDigest())
			.param("version", form.getVersion())
			.update();
		if (saved == 0) {
			throw new StaleVersionException(of(user.id()).version());
		}
		Instant now = this.clock.instant();
		this.jdbc
			.sql("""
					update mail_outbox set digest = :digest, send_at = case when :digest then cast(:digestAt as timestamptz) else cast(:now as timestamptz) end
					where recipient_id = :account and status = 'PENDING' and digest <> :digest and attempts = 0
					""")
			.param("digest", form.isDigest())
			.param("digestAt", Timestamp.from(this.outbox.nextDigest(now)))
			.param("now", Timestamp.from(now))
			.param("account", user.id())
			.update();
		this.accounts.setPreferredLanguage(user.id(), form.getLanguage());
		this.auditLog.record("MAIL_PREFERENCES_CHANGED", "ACCOUNT", user.id(), user.getUsername(),
				"off=" + String.join(",", off) + "; digest=" + form.isDigest() + "; language=" + form.getLanguage());
	}

	/**
	 * A person's choices as saved.
	 *
	 * @param kindsOff the kinds turned off
	 * @param digest whether mails wait for the daily digest
	 * @param version the row's version, 0 before the first save
	 */
	record Choice(List<MailKind> kindsOff, boolean digest, long version) {
	}

}
