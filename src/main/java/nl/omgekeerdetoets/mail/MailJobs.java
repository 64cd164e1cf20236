package nl.omgekeerdetoets.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The scheduled work of mail, on one instance at a time: each turn takes a ShedLock lock
 * in PostgreSQL, as the retention run does, and an instance that finds it taken skips its
 * turn. The sender also holds its rows locked while it sends them ({@link OutboxSender}),
 * so even turns that overlap send a mail once. Without a mail server nothing runs.
 */
@Component
class MailJobs {

	static final String SEND_LOCK = "mail-sender";

	static final String REMIND_LOCK = "mail-reminders";

	/** Longer than any turn; a turn killed while holding the lock frees it after this. */
	private static final Duration AT_MOST = Duration.ofMinutes(10);

	/** Instances whose turns fall close together do not send back to back. */
	private static final Duration SEND_AT_LEAST = Duration.ofSeconds(5);

	/** The daily scan keeps its lock a while, for instances whose clocks run late. */
	private static final Duration REMIND_AT_LEAST = Duration.ofMinutes(10);

	private final LockingTaskExecutor executor;

	private final MailServer server;

	private final OutboxSender sender;

	private final MailReminders reminders;

	private final MailSettings settings;

	private final JdbcClient jdbc;

	private final Clock clock;

	@Autowired
	MailJobs(DataSource dataSource, MailServer server, OutboxSender sender, MailReminders reminders,
			MailSettings settings, JdbcClient jdbc, Clock clock) {
		this(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build()), server, sender, reminders, settings, jdbc, clock);
	}

	/** With a lock provider of its own: as a second instance would have, in tests. */
	MailJobs(LockProvider lockProvider, MailServer server, OutboxSender sender, MailReminders reminders,
			MailSettings settings, JdbcClient jdbc, Clock clock) {
		this.executor = new DefaultLockingTaskExecutor(lockProvider);
		this.server = server;
		this.sender = sender;
		this.reminders = reminders;
		this.settings = settings;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Sends what is due, every half minute. */
	@Scheduled(fixedDelayString = "${ot.mail.send-every:PT30S}", initialDelayString = "${ot.mail.send-every:PT30S}")
	void send() {
		if (this.server.isConfigured()) {
			this.executor.executeWithLock((Runnable) () -> this.sender.sendDue(this.clock.instant()),
					new LockConfiguration(ClockProvider.now(), SEND_LOCK, AT_MOST, SEND_AT_LEAST));
		}
	}

	/**
	 * Every morning before the digest: queues the reminders of the day and forgets the
	 * mails finished longer ago than {@link MailSettings#keepFor()}.
	 */
	@Scheduled(cron = "${ot.mail.reminders-cron:0 45 6 * * *}", zone = "Europe/Amsterdam")
	void remind() {
		if (this.server.isConfigured()) {
			this.executor.executeWithLock((Runnable) () -> {
				this.reminders.queue(LocalDate.now(this.clock));
				this.jdbc.sql("delete from mail_outbox where status <> 'PENDING' and finished_at < :before")
					.param("before", Timestamp.from(this.clock.instant().minus(this.settings.keepFor())))
					.update();
			}, new LockConfiguration(ClockProvider.now(), REMIND_LOCK, AT_MOST, REMIND_AT_LEAST));
		}
	}

}
