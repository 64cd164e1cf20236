package nl.omgekeerdetoets.mail;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import nl.omgekeerdetoets.cases.CaseSubmitted;
import nl.omgekeerdetoets.review.NotificationCreated;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the mails to send into the outbox, in the transaction of what they tell: a
 * notification and its mail are committed together or not at all, and sending happens
 * later, apart from the user's action ({@link OutboxSender}). Only for people who have an
 * address, are active and have the kind on; nothing at all without a mail server. Each
 * insert is one statement that reads the person's preferences itself.
 */
@Component
class MailOutbox {

	/**
	 * Who gets a mail, the person's preferences joined. The recipients' condition comes
	 * in at {@code %s}.
	 */
	private static final String QUEUE = """
			insert into mail_outbox (recipient_id, kind, case_id, reference, due_on, overdue, digest, dedup_key,
				created_at, send_at)
			select a.id, :kind, :caseId, :reference, :dueOn, :overdue, coalesce(p.digest, false), :key, :now,
				case when coalesce(p.digest, false) then cast(:digestAt as timestamptz) else cast(:now as timestamptz) end
			from account a
			left join mail_preference p on p.account_id = a.id
			where %s
			  and a.active and a.email is not null and a.email <> ''
			  and not (cast(:kind as varchar) = any(coalesce(p.kinds_off, '{}')))
			""";

	/**
	 * A mail about the same case that has not gone yet says it already: a lead's ten
	 * comments in one sitting are one mail.
	 */
	private static final String NOT_YET_TOLD = """
			  and not exists (select 1 from mail_outbox o where o.status = 'PENDING' and o.recipient_id = a.id
				and o.kind = :kind and o.case_id = :caseId)
			""";

	private final JdbcClient jdbc;

	private final MailServer server;

	private final MailSettings settings;

	private final Clock clock;

	MailOutbox(JdbcClient jdbc, MailServer server, MailSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.server = server;
		this.settings = settings;
		this.clock = clock;
	}

	@EventListener
	void on(NotificationCreated notification) {
		if (!this.server.isConfigured()) {
			return;
		}
		insert("a.id = :recipient" + NOT_YET_TOLD, MailKind.valueOf(notification.kind().name()), notification.caseId(),
				notification.reference(), null, false, null)
			.param("recipient", notification.recipientId())
			.update();
	}

	/**
	 * A case waits for review: its team's leads hear of it, except a lead who worked on
	 * the case (maker is not checker: it is not in their queue).
	 */
	@EventListener
	void on(CaseSubmitted submitted) {
		if (!this.server.isConfigured()) {
			return;
		}
		insert("""
				a.role = 'TEAM_LEAD'
				  and a.id in (select t.account_id from account_team t where t.team_id = :team)
				  and a.id not in (select e.account_id from case_editor e where e.case_id = :caseId)
				""" + NOT_YET_TOLD, MailKind.REVIEW_WAITING, submitted.caseId(), submitted.reference(), null, false,
				null)
			.param("team", submitted.teamId())
			.update();
	}

	/**
	 * A reminder found by the daily scan, once per key and person however often the scan
	 * runs.
	 * @return whether it was queued now
	 */
	boolean remind(long recipientId, MailKind kind, Long caseId, String reference, LocalDate dueOn, boolean overdue,
			String key) {
		if (!this.server.isConfigured()) {
			return false;
		}
		return insert("a.id = :recipient", kind, caseId, reference, dueOn, overdue, key).param("recipient", recipientId)
			.update() > 0;
	}

	private JdbcClient.StatementSpec insert(String recipients, MailKind kind, Long caseId, String reference,
			LocalDate dueOn, boolean overdue, String key) {
		Instant now = this.clock.instant();
		return this.jdbc.sql(QUEUE.formatted(recipients) + " on conflict do nothing")
			.param("kind", kind.name())
			.param("caseId", caseId, Types.BIGINT)
			.param("reference", reference, Types.VARCHAR)
			.param("dueOn", dueOn, Types.DATE)
			.param("overdue", overdue)
			.param("key", key, Types.VARCHAR)
			.param("now", Timestamp.from(now))
			.param("digestAt", Timestamp.from(nextDigest(now)));
	}

	/** The first digest time after this moment. */
	Instant nextDigest(Instant now) {
		ZonedDateTime today = now.atZone(this.clock.getZone()).with(this.settings.digestAt());
		ZonedDateTime next = today.toInstant().isAfter(now) ? today : today.plusDays(1).with(this.settings.digestAt());
		return next.toInstant();
	}

}
