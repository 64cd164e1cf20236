package nl.omgekeerdetoets.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import nl.omgekeerdetoets.cases.CaseFixtures;
import nl.omgekeerdetoets.cases.CaseService;
import nl.omgekeerdetoets.cases.CaseStatus;
import nl.omgekeerdetoets.cases.CaseSummary;
import nl.omgekeerdetoets.review.ReviewFixtures;
import nl.omgekeerdetoets.support.TestDatabaseConfiguration;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.support.TestFixtures.TestTeam;
import nl.omgekeerdetoets.teams.Role;
import nl.omgekeerdetoets.teams.SignedInUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 15: notifications by e-mail, against a real SMTP server in the JVM (GreenMail).
 * The app's own scheduled turns are an hour apart here: each test sends by calling the
 * sender, at the moment it chooses.
 */
@SpringBootTest(properties = { "spring.mail.host=127.0.0.1", "ot.mail.base-url=https://toets.example.nl/",
		"ot.mail.from=toets@example.nl", "ot.mail.send-every=PT1H", "ot.mail.reminders-cron=-" })
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, TestFixtures.class, CaseFixtures.class, ReviewFixtures.class })
class MailNotificationsTest {

	static final String BASE_URL = "https://toets.example.nl";

	/** What the fixtures' cases say: none of it may reach a mail. */
	static final List<String> CASE_TEXT = List.of("Boodschappen na heupoperatie", "mevr. J.", "Zelf boodschappen doen",
			"Loopt onzeker met de rollator", "scootmobiel", "Onderbouw stap 3", "Welke waarnemingen");

	static final ServerSetup SMTP = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

	static GreenMail smtp = started();

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", SMTP::getPort);
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	CaseFixtures caseFixtures;

	@Autowired
	ReviewFixtures reviewFixtures;

	@Autowired
	CaseService cases;

	@Autowired
	OutboxSender sender;

	@Autowired
	MailOutbox outbox;

	@Autowired
	MailReminders reminders;

	@Autowired
	MailPreferences preferences;

	@Autowired
	MailServer server;

	@Autowired
	MailSettings settings;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	Clock clock;

	@Autowired
	io.micrometer.core.instrument.MeterRegistry registry;

	SignedInUser consultant;

	SignedInUser lead;

	@BeforeEach
	void aTeamAndAnEmptyMailbox() throws Exception {
		if (!smtp.isRunning()) {
			smtp = started();
		}
		// What earlier tests left waiting (a digest, say) goes now, not into this test.
		this.sender.sendDue(Instant.now().plus(Duration.ofDays(2)));
		purge();
		TestTeam team = this.fixtures.team();
		this.consultant = this.fixtures.signedIn(this.fixtures.account(Role.CONSULTANT, team));
		this.lead = this.fixtures.signedIn(this.fixtures.account(Role.TEAM_LEAD, team));
	}

	@AfterAll
	static void stopServer() {
		smtp.stop();
	}

	@Test
	void theConsultantGetsAMailWhenTheLeadAsksForChanges() throws Exception {
		CaseSummary caseFile = this.caseFixtures.submitted(this.consultant);

		askForChanges(caseFile);
		awaitQueued(this.consultant, MailKind.CHANGES_REQUESTED);
		this.sender.sendDue(Instant.now());

		List<Mail> mails = mailsTo(this.consultant);
		assertThat(mails).hasSize(1);
		Mail mail = mails.get(0);
		assertThat(mail.subject())
			.isEqualTo("Omgekeerde Toets: aanpassingen gevraagd in casus " + caseFile.reference());
		assertThat(mail.body()).contains("Bij casus " + caseFile.reference() + " vraagt de teamleider aanpassingen.")
			.contains(BASE_URL + "/cases/" + caseFile.id())
			.contains(BASE_URL + "/account/mail");
		assertThat(mail.from()).isEqualTo("toets@example.nl");
		// The lead heard of the submission, with a link to the review page.
		assertThat(mailsTo(this.lead)).singleElement()
			.satisfies((toLead) -> assertThat(toLead.body()).contains(BASE_URL + "/review/cases/" + caseFile.id()));
	}

	@Test
	void mailsHoldTheReferenceAndALinkButNoCaseTextOrResident() throws Exception {
		CaseSummary caseFile = this.caseFixtures.submitted(this.consultant);
		comment(caseFile);
		askForChanges(caseFile);
		awaitQueued(this.consultant, MailKind.CHANGES_REQUESTED);
		this.sender.sendDue(Instant.now());

		List<Mail> mails = new ArrayList<>(mailsTo(this.consultant));
		mails.addAll(mailsTo(this.lead));
		assertThat(mails).hasSize(3);
		for (Mail mail : mails) {
			assertThat(mail.subject() + mail.body()).contains(caseFile.reference());
			for (String text : CASE_TEXT) {
				assertThat(mail.subject() + "\n" + mail.body()).as("case text in a mail").doesNotContain(text);
			}
		}
	}

	@Test
	void noMailWhenTheConsultantTurnedTheKindOff() throws Exception {
		Set<MailKind> allButChanges = EnumSet.copyOf(MailKind.forRole(Role.CONSULTANT));
		allButChanges.remove(MailKind.CHANGES_REQUESTED);
		savePreferences(this.consultant, allButChanges, false, "nl");
		CaseSummary caseFile = this.caseFixtures.submitted(this.consultant);

		askForChanges(caseFile);
		// The in-app notification is there: the mail would have been queued with it.
		await().untilAsserted(() -> assertThat(this.jdbc.sql(
				"select count(*) from notification where recipient_id = ? and case_id = ? and kind = 'CHANGES_REQUESTED'")
			.param(this.consultant.id())
			.param(caseFile.id())
			.query(Long.class)
			.single()).isEqualTo(1));
		this.sender.sendDue(Instant.now());

		assertThat(queued(this.consultant, MailKind.CHANGES_REQUESTED)).isZero();
		assertThat(mailsTo(this.consultant)).isEmpty();
		// The lead's kind is on.
		assertThat(mailsTo(this.lead)).hasSize(1);
	}

	@Test
	void eachMailIsWrittenInTheLanguageItsRecipientChose() throws Exception {
		savePreferences(this.consultant, EnumSet.copyOf(MailKind.forRole(Role.CONSULTANT)), false, "en");
		CaseSummary caseFile = this.caseFixtures.submitted(this.consultant);

		askForChanges(caseFile);
		awaitQueued(this.consultant, MailKind.CHANGES_REQUESTED);
		this.sender.sendDue(Instant.now());

		assertThat(mailsTo(this.consultant)).singleElement().satisfies((mail) -> {
			assertThat(mail.subject()).isEqualTo("Omgekeerde Toets: changes asked for case " + caseFile.reference());
			assertThat(mail.body()).startsWith("Dear " + this.consultant.displayName())
				.contains("The team lead has asked for changes to case " + caseFile.reference() + ".");
		});
		assertThat(mailsTo(this.lead)).singleElement()
			.satisfies((mail) -> assertThat(mail.body())
				.contains("Casus " + caseFile.reference() + " wacht op uw beoordeling."));
	}

	@Test
	void whileTheMailServerIsDownTheActionSucceedsAndTheMailGoesOnceItIsBack() throws Exception {
		CaseSummary caseFile = this.caseFixtures.submitted(this.consultant);
		this.sender.sendDue(Instant.now());
		smtp.stop();
		double refused = deliveries("refused");
		double sent = deliveries("sent");

		askForChanges(caseFile);
		assertThat(this.cases.summary(caseFile.id(), this.consultant).status()).isEqualTo(CaseStatus.CHANGES_REQUESTED);
		awaitQueued(this.consultant, MailKind.CHANGES_REQUESTED);
		Instant now = Instant.now();
		assertThat(this.sender.sendDue(now)).isZero();
		assertThat(this.jdbc.sql("""
				select status || ' ' || attempts || ' ' || (last_error is not null) from mail_outbox
				where recipient_id = ? and kind = 'CHANGES_REQUESTED'
				""").param(this.consultant.id()).query(String.class).single()).isEqualTo("PENDING 1 true");
		// Not again at once: the next attempt waits.
		assertThat(this.sender.sendDue(now.plusSeconds(10))).isZero();

		smtp = started();
		assertThat(this.sender.sendDue(now.plus(Duration.ofMinutes(2)))).isEqualTo(1);
		assertThat(this.sender.sendDue(now.plus(Duration.ofHours(2)))).isZero();

		assertThat(mailsTo(this.consultant)).singleElement()
			.satisfies((mail) -> assertThat(mail.subject()).contains(caseFile.reference()));
		// The monitoring sees the refusal, the mail sent after it, and what waits.
		assertThat(deliveries("refused")).isEqualTo(refused + 1);
		assertThat(deliveries("sent")).isEqualTo(sent + 1);
		assertThat(this.registry.get("ot.mail.outbox.waiting").gauge()).isNotNull();
	}

	private double deliveries(String outcome) {
		return this.registry.get("ot.mail.deliveries").tag("outcome", outcome).counter().count();
	}

	@Test
	void theDailyDigestCollectsTheDaysNotificationsInOneMail() throws Exception {
		savePreferences(this.consultant, EnumSet.copyOf(MailKind.forRole(Role.CONSULTANT)), true, "nl");
		CaseSummary first = this.caseFixtures.submitted(this.consultant);
		CaseSummary second = this.caseFixtures.submitted(this.consultant);

		comment(first);
		comment(second);
		askForChanges(first);
		awaitQueued(this.consultant, MailKind.CHANGES_REQUESTED);
		Instant now = Instant.now();
		this.sender.sendDue(now);
		assertThat(mailsTo(this.consultant)).as("nothing before the digest's time").isEmpty();

		this.sender.sendDue(this.outbox.nextDigest(now));

		assertThat(mailsTo(this.consultant)).singleElement().satisfies((mail) -> {
			assertThat(mail.subject()).isEqualTo("Omgekeerde Toets: 3 nieuwe meldingen");
			assertThat(mail.body()).contains("De teamleider plaatste een opmerking bij casus " + first.reference())
				.contains("De teamleider plaatste een opmerking bij casus " + second.reference())
				.contains("Bij casus " + first.reference() + " vraagt de teamleider aanpassingen.")
				.contains(BASE_URL + "/cases/" + first.id())
				.contains(BASE_URL + "/cases/" + second.id());
			assertThat(mail.body().lines().filter((line) -> line.startsWith("- "))).hasSize(3);
		});
		// The lead chose nothing: their two mails went at once.
		assertThat(mailsTo(this.lead)).hasSize(2);
	}

	@Test
	void twoSendersAtOnceSendEachMailOnce() throws Exception {
		int count = 12;
		queueReminders(count);
		Instant now = Instant.now();

		List<Integer> sent = twice(() -> this.sender.sendDue(now));

		assertThat(sent.get(0) + sent.get(1)).isEqualTo(count);
		assertThat(mailsTo(this.consultant)).hasSize(count);
	}

	@Test
	void twoInstancesSchedulingAtOnceSendEachMailOnce() throws Exception {
		int count = 5;
		queueReminders(count);
		this.jdbc.sql("delete from shedlock where name = ?").param(MailJobs.SEND_LOCK).update();
		MailJobs first = instance();
		MailJobs second = instance();

		twice(() -> {
			(Thread.currentThread().getName().endsWith("1") ? first : second).send();
			return 0;
		});

		assertThat(mailsTo(this.consultant)).hasSize(count);
		assertThat(this.jdbc.sql("select count(*) from mail_outbox where recipient_id = ? and status = 'SENT'")
			.param(this.consultant.id())
			.query(Long.class)
			.single()).isEqualTo(count);
	}

	@Test
	void aFollowUpComingDueIsAnnouncedOnceHoweverOftenTheScanRuns() throws Exception {
		CaseSummary due = this.caseFixtures.followUpDue(this.consultant, this.lead);
		// The approval's own mail is queued after it committed: out of the way first.
		awaitQueued(this.consultant, MailKind.APPROVED);
		this.sender.sendDue(Instant.now());
		purge();
		LocalDate today = LocalDate.now(this.clock);

		this.reminders.queue(today);
		this.reminders.queue(today);
		this.sender.sendDue(Instant.now());

		assertThat(mailsTo(this.consultant)).singleElement().satisfies((mail) -> {
			assertThat(mail.subject()).startsWith("Omgekeerde Toets: evaluatie van casus " + due.reference() + " op ");
			assertThat(mail.body()).contains(BASE_URL + "/cases/" + due.id());
		});
	}

	@Test
	void theMorningTurnQueuesTheDaysRemindersOnceAndForgetsOldMails() throws Exception {
		CaseSummary due = this.caseFixtures.followUpDue(this.consultant, this.lead);
		// The approval's own mail is queued after it committed: out of the way first.
		awaitQueued(this.consultant, MailKind.APPROVED);
		queueReminders(1);
		this.sender.sendDue(Instant.now());
		// A mail sent longer ago than ot.mail.keep-for.
		this.jdbc.sql("update mail_outbox set finished_at = now() - interval '31 days' where recipient_id = ?")
			.param(this.consultant.id())
			.update();
		this.jdbc.sql("delete from shedlock where name = ?").param(MailJobs.REMIND_LOCK).update();

		instance().remind();
		instance().remind();

		assertThat(this.jdbc.sql("select kind || ' ' || status from mail_outbox where recipient_id = ?")
			.param(this.consultant.id())
			.query(String.class)
			.list()).containsExactly("FOLLOW_UP_DUE PENDING");
		assertThat(queued(this.consultant, MailKind.FOLLOW_UP_DUE)).isEqualTo(1);
		assertThat(due.reference()).isNotBlank();
	}

	private void queueReminders(int count) {
		for (int i = 0; i < count; i++) {
			assertThat(this.outbox.remind(this.consultant.id(), MailKind.ACTION_DUE, null, null,
					LocalDate.now(this.clock).plusDays(1), false, "test:" + this.consultant.id() + ":" + i))
				.isTrue();
		}
	}

	/** Two threads start the same work at the same moment; their results. */
	private static List<Integer> twice(java.util.concurrent.Callable<Integer> work) throws Exception {
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService threads = Executors.newFixedThreadPool(2, new java.util.concurrent.ThreadFactory() {

			private int n;

			@Override
			public synchronized Thread newThread(Runnable runnable) {
				return new Thread(runnable, "sender-" + (++this.n));
			}

		});
		try {
			List<CompletableFuture<Integer>> results = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				results.add(CompletableFuture.supplyAsync(() -> {
					try {
						start.await();
						return work.call();
					}
					catch (Exception ex) {
						throw new IllegalStateException(ex);
					}
				}, threads));
			}
			return results.stream().map(CompletableFuture::join).toList();
		}
		finally {
			threads.shutdown();
		}
	}

	/** The mail jobs as another instance would run them: a lock provider of its own. */
	private MailJobs instance() {
		return new MailJobs(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(this.dataSource))
			.usingDbTime()
			.build()), this.server, this.sender, this.reminders, this.settings, this.jdbc, this.clock);
	}

	private void askForChanges(CaseSummary caseFile) {
		assertThat(this.mvc
			.perform(post("/review/cases/{id}/decision", caseFile.id()).param("decision", "CHANGES_REQUESTED")
				.param("reason", "Onderbouw stap 3 met waarnemingen.")
				.with(csrf())
				.with(user(this.lead))))
			.hasRedirectedUrl("/review/cases/" + caseFile.id());
	}

	private void comment(CaseSummary caseFile) {
		assertThat(this.mvc.perform(post("/review/cases/{id}/comments", caseFile.id()).param("step", "ETHICS")
			.param("field", "ethics.observations")
			.param("text", "Welke waarnemingen horen hierbij?")
			.with(csrf())
			.with(user(this.lead)))).hasStatus3xxRedirection();
	}

	private void savePreferences(SignedInUser user, Set<MailKind> on, boolean digest, String language) {
		MockHttpServletRequestBuilder request = post("/account/mail").param("digest", String.valueOf(digest))
			.param("language", language)
			.param("version", String.valueOf(this.preferences.of(user.id()).version()));
		on.forEach((kind) -> request.param("kinds", kind.name()));
		assertThat(this.mvc.perform(request.with(csrf()).with(user(user)))).hasRedirectedUrl("/account/mail");
	}

	private void awaitQueued(SignedInUser user, MailKind kind) {
		await().untilAsserted(() -> assertThat(queued(user, kind)).isPositive());
	}

	private long queued(SignedInUser user, MailKind kind) {
		return this.jdbc.sql("select count(*) from mail_outbox where recipient_id = ? and kind = ?")
			.param(user.id())
			.param(kind.name())
			.query(Long.class)
			.single();
	}

	/** The mails the server received for this person, in the order they came. */
	private static List<Mail> mailsTo(SignedInUser user) throws MessagingException, IOException {
		String address = user.getUsername() + "@example.org";
		List<Mail> mails = new ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			Address[] to = message.getAllRecipients();
			if (to != null && Arrays.stream(to).anyMatch((a) -> a.toString().equalsIgnoreCase(address))) {
				mails.add(new Mail(message.getSubject(), message.getContent().toString().replace("\r\n", "\n"),
						message.getFrom()[0].toString()));
			}
		}
		return mails;
	}

	private static void purge() {
		try {
			smtp.purgeEmailFromAllMailboxes();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static GreenMail started() {
		GreenMail server = new GreenMail(SMTP);
		server.start();
		return server;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	record Mail(String subject, String body, String from) {
	}

}
