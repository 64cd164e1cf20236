package nl.omgekeerdetoets.mail;

import java.sql.Array;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the mails whose time has come: each row that waits for no digest as a mail of its
 * own, a person's digest rows together in one. Each mail is sent in a transaction that
 * holds its rows locked ({@code for update skip locked}) and marks them sent before it
 * commits, so two senders running at once (two instances, or two turns overlapping) never
 * send a row twice: the second skips what the first holds and, once that committed, finds
 * it sent. A mail the server refuses stays in the outbox and is tried again later, less
 * often the longer it fails, until {@link MailSettings#giveUpAfter()}. The one gap left:
 * a mail the server took, whose transaction then could not commit (the database went away
 * in that instant), is sent again.
 */
@Component
class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	/** The most rows one turn looks at; the rest wait for the next turn. */
	static final int BATCH = 500;

	/** A failed mail waits this long, doubled per failure, up to an hour. */
	private static final Duration FIRST_RETRY = Duration.ofMinutes(1);

	private static final Duration LAST_RETRY = Duration.ofHours(1);

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final MailServer server;

	private final MailComposer composer;

	private final MailSettings settings;

	private final Counter sentMails;

	private final Counter refusedMails;

	private final Counter droppedRows;

	OutboxSender(JdbcClient jdbc, PlatformTransactionManager transactions, MailServer server, MailComposer composer,
			MailSettings settings, MeterRegistry registry) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.server = server;
		this.composer = composer;
		this.settings = settings;
		this.sentMails = deliveries(registry, "sent");
		this.refusedMails = deliveries(registry, "refused");
		this.droppedRows = deliveries(registry, "dropped");
	}

	/**
	 * For the monitoring: mails the server took or refused, and notifications dropped
	 * because their person no longer wanted them.
	 */
	private static Counter deliveries(MeterRegistry registry, String outcome) {
		return Counter.builder("ot.mail.deliveries")
			.description("Mails sent or refused by the mail server, and notifications dropped before sending")
			.tag("outcome", outcome)
			.register(registry);
	}

	/**
	 * Sends what is due at this moment.
	 * @return the number of mails the server took
	 */
	int sendDue(Instant now) {
		if (!this.server.isConfigured()) {
			return 0;
		}
		int sent = 0;
		for (List<Long> batch : batches(now)) {
			Result result = this.transaction.execute((status) -> send(batch, now));
			if (result == Result.SENT) {
				sent++;
			}
			else if (result == Result.REFUSED) {
				// Most often the server is away: the rest wait for the next turn rather
				// than each failing against it. The refused mail's turn has moved on,
				// so another mail comes first next time.
				break;
			}
		}
		return sent;
	}

	/** The rows due, as mails: one row, or all of a person's digest rows. */
	private List<List<Long>> batches(Instant now) {
		Map<String, List<Long>> batches = new LinkedHashMap<>();
		this.jdbc.sql("""
				select id, recipient_id, digest from mail_outbox
				where status = 'PENDING' and send_at <= :now
				order by send_at, id
				limit :limit
				""").param("now", Timestamp.from(now)).param("limit", BATCH).query((rs, n) -> {
			String key = rs.getBoolean("digest") ? "digest-" + rs.getLong("recipient_id") : "row-" + rs.getLong("id");
			batches.computeIfAbsent(key, (k) -> new ArrayList<>()).add(rs.getLong("id"));
			return null;
		}).list();
		return List.copyOf(batches.values());
	}

	private Result send(List<Long> ids, Instant now) {
		List<Row> rows = this.jdbc.sql("""
				select o.id, o.kind, o.case_id, o.reference, o.due_on, o.overdue, o.digest, o.created_at, o.attempts,
					a.display_name, a.email, a.preferred_language, a.active, p.kinds_off
				from mail_outbox o
				join account a on a.id = o.recipient_id
				left join mail_preference p on p.account_id = o.recipient_id
				where o.id in (:ids) and o.status = 'PENDING' and o.send_at <= :now
				order by o.id
				for update of o skip locked
				""").param("ids", ids).param("now", Timestamp.from(now)).query((rs, n) -> {
			Date dueOn = rs.getDate("due_on");
			Long caseId = rs.getObject("case_id", Long.class);
			return new Row(rs.getLong("id"),
					new MailComposer.Item(MailKind.valueOf(rs.getString("kind")), caseId, rs.getString("reference"),
							(dueOn != null) ? dueOn.toLocalDate() : null, rs.getBoolean("overdue")),
					rs.getBoolean("digest"), rs.getTimestamp("created_at").toInstant(), rs.getInt("attempts"),
					rs.getString("display_name"), rs.getString("email"), rs.getString("preferred_language"),
					rs.getBoolean("active"), kinds(rs.getArray("kinds_off")));
		}).list();
		if (rows.isEmpty()) {
			return Result.NOTHING;
		}
		List<Row> wanted = rows.stream().filter(Row::wanted).toList();
		List<Long> unwanted = rows.stream().filter((row) -> !row.wanted()).map(Row::id).toList();
		if (!unwanted.isEmpty()) {
			finish(unwanted, "DROPPED", now);
			this.droppedRows.increment(unwanted.size());
		}
		if (wanted.isEmpty()) {
			return Result.NOTHING;
		}
		Row first = wanted.get(0);
		try {
			MailComposer.Mail mail = this.composer.compose(wanted.stream().map(Row::item).toList(), first.digest(),
					first.name(), Locale.forLanguageTag(first.language()));
			this.server.sender().send(message(first.email(), mail));
		}
		catch (MailException ex) {
			failed(wanted, ex, now);
			this.refusedMails.increment();
			return Result.REFUSED;
		}
		catch (RuntimeException ex) {
			// A mail that cannot even be written would come first in every turn: it
			// waits as a refused one does, and the turn goes on with the others.
			failed(wanted, ex, now);
			return Result.NOTHING;
		}
		finish(wanted.stream().map(Row::id).toList(), "SENT", now);
		this.sentMails.increment();
		return Result.SENT;
	}

	private MimeMessage message(String to, MailComposer.Mail mail) {
		JavaMailSender sender = this.server.sender();
		MimeMessage message = sender.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
			helper.setFrom(this.settings.from());
			helper.setTo(to);
			helper.setSubject(mail.subject());
			helper.setText(mail.body(), false);
			// Sent by a machine: out-of-office replies stay away (RFC 3834).
			message.setHeader("Auto-Submitted", "auto-generated");
		}
		catch (MessagingException ex) {
			throw new org.springframework.mail.MailPreparationException(ex);
		}
		return message;
	}

	private void finish(List<Long> ids, String status, Instant now) {
		this.jdbc.sql("update mail_outbox set status = :status, finished_at = :now where id in (:ids)")
			.param("status", status)
			.param("now", Timestamp.from(now))
			.param("ids", ids)
			.update();
	}

	/**
	 * The server refused: tried again later, or given up once the oldest row has waited
	 * too long. Only the exception's class is kept, never its message (it may hold an
	 * address).
	 */
	private void failed(List<Row> rows, RuntimeException ex, Instant now) {
		Row first = rows.get(0);
		int attempts = first.attempts() + 1;
		Throwable cause = org.springframework.core.NestedExceptionUtils.getMostSpecificCause(ex);
		String error = ex.getClass().getSimpleName() + ((cause != ex) ? " / " + cause.getClass().getSimpleName() : "");
		List<Long> ids = rows.stream().map(Row::id).toList();
		Instant oldest = rows.stream().map(Row::createdAt).min(Instant::compareTo).orElse(now);
		boolean giveUp = !now.isBefore(oldest.plus(this.settings.giveUpAfter()));
		log.warn("Mail {} refused ({}), attempt {}{}", ids, error, attempts, giveUp ? "; given up" : "");
		this.jdbc.sql("""
				update mail_outbox set attempts = attempts + 1, last_error = :error,
					send_at = :retry, status = :status, finished_at = :finished
				where id in (:ids)
				""")
			.param("error", error)
			.param("retry", Timestamp.from(now.plus(retryAfter(attempts))))
			.param("status", giveUp ? "FAILED" : "PENDING")
			.param("finished", giveUp ? Timestamp.from(now) : null, java.sql.Types.TIMESTAMP)
			.param("ids", ids)
			.update();
	}

	static Duration retryAfter(int attempts) {
		Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 10));
		return (wait.compareTo(LAST_RETRY) > 0) ? LAST_RETRY : wait;
	}

	private static List<String> kinds(Array array) throws SQLException {
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

	private enum Result {

		SENT, REFUSED, NOTHING

	}

	/** A row of the outbox with what the mail needs of its recipient. */
	private record Row(long id, MailComposer.Item item, boolean digest, Instant createdAt, int attempts, String name,
			String email, String language, boolean active, List<String> kindsOff) {

		/**
		 * Whether the person still wants it: active, with an address, the kind still on.
		 */
		boolean wanted() {
			return this.active && this.email != null && !this.email.isBlank()
					&& !this.kindsOff.contains(this.item.kind().name());
		}

	}

}
