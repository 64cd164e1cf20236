package nl.omgekeerdetoets.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import nl.omgekeerdetoets.casebook.CasebookFixtures;
import nl.omgekeerdetoets.cases.CaseSummary;
import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.support.TestFixtures.World;
import nl.omgekeerdetoets.teams.SignedInUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retention from the inside: the boundary day of each rule, everything of a case gone and
 * only that, anonymised text kept, the dry run equal to the run, holds, confirmation
 * after a rule change, two instances, and a run that fails halfway.
 */
@IntegrationTest
class RetentionTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	DueCases dueCases;

	@Autowired
	CaseDeleter deleter;

	@Autowired
	RetentionRules rules;

	RetentionWorld world;

	SignedInUser consultant;

	SignedInUser lead;

	SignedInUser admin;

	/** The day the tests run on: five years after a day five years ago. */
	LocalDate today;

	LocalDate fiveYearsAgo;

	@BeforeEach
	void rulesAndPeople() {
		this.world = new RetentionWorld(this.context);
		this.world.standardRules();
		World people = this.fixtures.world();
		this.consultant = this.fixtures.signedIn(people.consultantA());
		this.lead = this.fixtures.signedIn(people.leadA());
		this.admin = this.fixtures.signedIn(people.admin());
		// Month arithmetic clamps at a month's end: "today" is exactly 60 months after
		// the day a case closed.
		this.fiveYearsAgo = LocalDate.now(RetentionWorld.ZONE).minusMonths(60);
		this.today = this.fiveYearsAgo.plusMonths(60);
	}

	@AfterEach
	void freeTheLock() {
		// Released, not deleted: ShedLock remembers that the row exists and only updates
		// it.
		this.jdbc.sql("update shedlock set lock_until = locked_at").update();
		this.jdbc.sql("update legal_hold set released_at = now(), released_by = placed_by where released_at is null")
			.update();
		this.world.standardRules();
	}

	RetentionRun runOn(LocalDate day) {
		Clock clock = RetentionWorld.clockOn(day);
		return new RetentionRun(this.jdbc, this.dueCases, this.deleter, this.rules,
				new AccessLogRetention(this.jdbc, clock), clock);
	}

	@Test
	void aClosedCaseGoesTheDayAfterItsLastDayAndNotBefore() {
		CaseSummary kept = this.world.closedOn(this.consultant, this.lead, this.fiveYearsAgo, "WMO");
		CaseSummary gone = this.world.closedOn(this.consultant, this.lead, this.fiveYearsAgo.minusDays(1), "WMO");

		RetentionRun.Result result = runOn(this.today).run("test");

		assertThat(result.confirmed()).isTrue();
		assertThat(this.world.exists(kept.id())).as("kept until and including its last day").isTrue();
		assertThat(this.world.exists(gone.id())).as("gone the day after its last day").isFalse();
		assertThat(this.world.deletionsOf(gone.id())).isOne();
		// The next day the other one goes too.
		runOn(this.today.plusDays(1)).run("test");
		assertThat(this.world.exists(kept.id())).isFalse();
	}

	@Test
	void aWithdrawnCaseIsClosedOnTheDayItWasWithdrawnAndGoesAfterItsRule() {
		CaseSummary kept = this.world.withdrawnOn(this.consultant, this.fiveYearsAgo, "WMO");
		CaseSummary gone = this.world.withdrawnOn(this.consultant, this.fiveYearsAgo.minusDays(1), "WMO");

		runOn(this.today).run("test");

		assertThat(this.world.exists(kept.id())).as("kept until and including its last day").isTrue();
		assertThat(this.world.exists(gone.id())).as("gone the day after its last day").isFalse();
		assertThat(this.jdbc.sql("select closed_on from case_deletion where case_id = ?")
			.param(gone.id())
			.query(java.time.LocalDate.class)
			.single()).isEqualTo(this.fiveYearsAgo.minusDays(1));
	}

	@Test
	void theAccessLogGoesAfterItsRuleLineByLineAndTheDryRunCountsTheSame() {
		LocalDate firstKept = this.today.minusMonths(24);
		long oldRead = accessLine("CASE_READ", firstKept.minusDays(1));
		long keptRead = accessLine("CASE_READ", firstKept);
		long oldRefusal = accessLine("CASE_ACCESS_REFUSED", firstKept.minusDays(1));
		long oldChange = accessLine("TEAM_CREATED", firstKept.minusYears(3));
		String actor = "lezer-" + System.nanoTime();
		ownRead(actor, firstKept.minusDays(1));
		ownRead(actor, firstKept);
		AccessLogRetention accessLog = new AccessLogRetention(this.jdbc, RetentionWorld.clockOn(this.today));
		long due = accessLog.due(this.today);
		assertThat(due).as("two lines and one grouped read").isGreaterThanOrEqualTo(3);

		RetentionRun.Result result = runOn(this.today).run("test");

		assertThat(result.accessLines()).isEqualTo(due);
		assertThat(lineExists(oldRead)).isFalse();
		assertThat(lineExists(oldRefusal)).isFalse();
		assertThat(lineExists(keptRead)).as("kept on its last day").isTrue();
		assertThat(lineExists(oldChange)).as("the change history is not the access log").isTrue();
		assertThat(this.jdbc.sql("select day from case_own_read where actor = ?")
			.param(actor)
			.query(LocalDate.class)
			.list()).containsExactly(firstKept);
		assertThat(accessLog.due(this.today)).isZero();
	}

	private long accessLine(String action, LocalDate day) {
		return this.jdbc.sql("""
				insert into audit_event (occurred_at, actor, action, subject_type, subject_id, subject_label, detail)
				values (?, 'lezer', ?, 'CASE', 1, '2020-0001', 'role=TEAM_LEAD') returning id""")
			.params(java.sql.Timestamp.from(day.atTime(0, 30).atZone(RetentionWorld.ZONE).toInstant()), action)
			.query(Long.class)
			.single();
	}

	private void ownRead(String actor, LocalDate day) {
		this.jdbc.sql("""
				insert into case_own_read (case_id, reference, actor, day, times, first_at, last_at)
				values (1, '2020-0001', ?, ?, 1, now(), now())""").params(actor, day).update();
	}

	private boolean lineExists(long id) {
		return this.jdbc.sql("select count(*) from audit_event where id = ?").param(id).query(Long.class).single() == 1;
	}

	@Test
	void aCaseOfSeveralLawDomainsFollowsTheLongestRule() {
		CaseSummary both = this.world.closedOn(this.consultant, this.lead, this.fiveYearsAgo.minusDays(1), "WMO",
				"JEUGD");

		runOn(this.today).run("test");

		assertThat(this.world.exists(both.id())).as("Jeugd keeps it 20 years").isTrue();
	}

	@Test
	void anUntouchedDraftGoesAfterItsRuleAndAnOpenCaseNever() {
		LocalDate yearAgo = this.today.minusMonths(12);
		CaseSummary kept = this.world.draftUntouchedSince(this.consultant, yearAgo);
		CaseSummary gone = this.world.draftUntouchedSince(this.consultant, yearAgo.minusDays(1));
		CaseSummary inReview = new CasebookFixtures(this.context).approvedCase(this.consultant, this.lead);
		this.jdbc.sql("update case_file set updated_at = now() - interval '20 years' where id = ?")
			.param(inReview.id())
			.update();

		runOn(this.today).run("test");

		assertThat(this.world.exists(kept.id())).isTrue();
		assertThat(this.world.exists(gone.id())).isFalse();
		assertThat(this.world.exists(inReview.id())).as("an approved case awaiting its follow-ups is open").isTrue();
	}

	@Test
	void everythingThatReferencesACaseGoesWithItAndAnonymisedTextStays() {
		CaseSummary c = this.world.everything(this.consultant, this.lead, this.fiveYearsAgo.minusDays(1));
		long exemplary = this.jdbc.sql("select id from exemplary_case where case_id = ?")
			.param(c.id())
			.query(Long.class)
			.single();
		long entry = this.jdbc.sql("select id from casebook_entry where case_id = ?")
			.param(c.id())
			.query(Long.class)
			.single();
		List<String[]> references = this.world.referencesToCases();
		// The case has a row in each table known today, so that "nothing left" means
		// something.
		Set<String> filled = references.stream()
			.filter((r) -> this.world.rowsReferencing(r, c.id()) > 0)
			.map((r) -> r[0])
			.collect(Collectors.toSet());
		assertThat(filled).contains("case_domain", "case_cost", "case_editor", "case_follow_up", "submission_snapshot",
				"review_comment", "review_decision", "compliment", "notification", "exemplary_case", "casebook_entry",
				"return_day_item", "legal_hold");

		runOn(this.today).run("test");

		List<String> left = new ArrayList<>();
		for (String[] reference : references) {
			if (this.world.rowsReferencing(reference, c.id()) > 0) {
				left.add(reference[0] + "." + reference[1]);
			}
		}
		assertThat(left).as("rows still referencing the deleted case").isEmpty();
		assertThat(this.world.exists(c.id())).isFalse();
		// What was anonymised on purpose stays, without its link.
		assertThat(this.jdbc.sql("select summary from exemplary_case where case_id is null and id = ?")
			.param(exemplary)
			.query(String.class)
			.single()).isEqualTo("Samenvatting");
		assertThat(this.jdbc.sql("select lesson from casebook_entry where case_id is null and id = ?")
			.param(entry)
			.query(String.class)
			.single()).isEqualTo("Vraag door naar het effect voordat een product wordt gekozen.");
		// The nested rows went too: results of its follow-ups, outcomes of its agenda
		// item.
		assertThat(this.jdbc.sql("""
				select count(*) from case_follow_up_result r
				where not exists (select 1 from case_follow_up f where f.id = r.follow_up_id)""")
			.query(Long.class)
			.single()).isZero();
		// The log line: reference, team, dates, rule; no resident, no text.
		Deletion line = this.jdbc.sql("""
				select reference, team_id, closed_on, rule_kind, rule_domain, keep_months, expired_on
				from case_deletion where case_id = ?""")
			.param(c.id())
			.query((row, n) -> new Deletion(0, row.getString("reference"), null, null,
					row.getDate("closed_on").toLocalDate(), null, RuleKind.valueOf(row.getString("rule_kind")),
					row.getString("rule_domain"), row.getInt("keep_months"), row.getDate("expired_on").toLocalDate(),
					null))
			.single();
		assertThat(line.reference()).isEqualTo(c.reference());
		assertThat(line.closedOn()).isEqualTo(this.fiveYearsAgo.minusDays(1));
		assertThat(line.kind()).isEqualTo(RuleKind.CLOSED_CASE);
		assertThat(line.lawDomain()).isEqualTo("WMO");
		assertThat(line.keepMonths()).isEqualTo(60);
	}

	@Test
	void theDryRunListsExactlyWhatTheRunDeletesAndHeldCasesApart() {
		CaseSummary closed = this.world.closedOn(this.consultant, this.lead, this.fiveYearsAgo.minusDays(3), "WMO");
		CaseSummary draft = this.world.draftUntouchedSince(this.consultant, this.today.minusMonths(13));
		CaseSummary held = this.world.closedOn(this.consultant, this.lead, this.fiveYearsAgo.minusDays(2), "WMO");
		hold(held);
		CaseSummary notYet = this.world.closedOn(this.consultant, this.lead, this.fiveYearsAgo.plusDays(1), "WMO");

		List<DueCase> dryRun = this.dueCases.on(this.today);
		Set<Long> toDelete = dryRun.stream().filter((c) -> !c.held()).map(DueCase::caseId).collect(Collectors.toSet());
		Set<Long> heldInDryRun = dryRun.stream().filter(DueCase::held).map(DueCase::caseId).collect(Collectors.toSet());
		RetentionRun.Result result = runOn(this.today).run("test");

		Set<Long> deleted = Set.copyOf(this.jdbc.sql("select case_id from case_deletion where run_id = ?")
			.param(result.runId())
			.query(Long.class)
			.list());
		assertThat(deleted).isEqualTo(toDelete).contains(closed.id(), draft.id()).doesNotContain(notYet.id());
		assertThat(heldInDryRun).contains(held.id());
		assertThat(this.world.exists(held.id())).isTrue();
		assertThat(this.world.exists(notYet.id())).isTrue();

		// Released, it goes with the next run.
		this.jdbc.sql("update legal_hold set released_at = now(), released_by = placed_by where case_id = ?")
			.param(held.id())
			.update();
		runOn(this.today).run("test");
		assertThat(this.world.exists(held.id())).isFalse();
	}

	@Test
	void aRuleChangeWaitsForTheAdminsConfirmation() {
		CaseSummary c = this.world.closedOn(this.consultant, this.lead, this.today.minusMonths(36).minusDays(1), "WMO");
		RetentionRule wmo = this.rules.all().stream().filter((r) -> "WMO".equals(r.getLawDomain())).findFirst().get();
		RetentionRuleForm form = RetentionRuleForm.from(wmo);
		form.setKeepMonths(36);
		this.rules.change(wmo.getId(), form, this.admin);

		RetentionRun.Result waiting = runOn(this.today).run("test");

		assertThat(waiting.confirmed()).isFalse();
		assertThat(this.world.exists(c.id())).isTrue();
		assertThat(outcome(waiting.runId())).isEqualTo("WAITING_FOR_CONFIRMATION");
		assertThat(this.dueCases.on(this.today)).extracting(DueCase::caseId).contains(c.id());

		assertThat(this.rules.confirm(this.rules.status().rulesVersion() - 1, this.admin)).as("an old dry run")
			.isFalse();
		assertThat(this.rules.confirm(this.rules.status().rulesVersion(), this.admin)).isTrue();
		runOn(this.today).run("test");
		assertThat(this.world.exists(c.id())).isFalse();
		assertThat(this.jdbc.sql("""
				select detail from audit_event where action = 'RETENTION_RULE_UPDATED' and subject_id = ?
				order by id desc limit 1""").param(wmo.getId()).query(String.class).single())
			.isEqualTo("CLOSED_CASE WMO 60m -> CLOSED_CASE WMO 36m");
	}

	@Test
	void twoInstancesRunningAtOnceDeleteEachCaseOnce() throws Exception {
		List<CaseSummary> due = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			due.add(this.world.closedOn(this.consultant, this.lead, this.fiveYearsAgo.minusDays(1 + i), "WMO"));
		}
		RetentionRun run = runOn(this.today);
		RetentionJob first = new RetentionJob(RetentionJob.lockProvider(this.dataSource), run);
		RetentionJob second = new RetentionJob(RetentionJob.lockProvider(this.dataSource), run);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<Optional<RetentionRun.Result>> a = pool.submit(() -> {
				start.await();
				return first.runLocked("instance-a", RetentionJob.NIGHTLY_AT_LEAST);
			});
			Future<Optional<RetentionRun.Result>> b = pool.submit(() -> {
				start.await();
				return second.runLocked("instance-b", RetentionJob.NIGHTLY_AT_LEAST);
			});
			start.countDown();
			List<Optional<RetentionRun.Result>> results = List.of(a.get(), b.get());
			assertThat(results.stream().filter(Optional::isPresent)).as("runs that got the lock").hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
		for (CaseSummary c : due) {
			assertThat(this.world.exists(c.id())).isFalse();
			assertThat(this.world.deletionsOf(c.id())).isOne();
		}
	}

	@Test
	void aRunThatFailsHalfwayLeavesWholeCasesAndTheNextRunFinishes() {
		CaseSummary first = this.world.everything(this.consultant, this.lead, this.fiveYearsAgo.minusDays(5));
		CaseSummary broken = this.world.everything(this.consultant, this.lead, this.fiveYearsAgo.minusDays(4));
		List<String[]> references = this.world.referencesToCases();
		List<Long> before = references.stream().map((r) -> this.world.rowsReferencing(r, broken.id())).toList();
		// A run that was killed: still marked running.
		long killed = this.jdbc.sql("""
				insert into retention_run (started_at, started_by, outcome) values (now(), 'system', 'RUNNING')
				returning id""").query(Long.class).single();
		// The database fails in the middle of deleting one case, after its log line and
		// the first of its rows.
		this.jdbc.sql("""
				create or replace function test_fail_halfway() returns trigger language plpgsql as $$
				begin
					if old.case_id = %d then raise exception 'killed halfway'; end if;
					return old;
				end $$""".formatted(broken.id())).update();
		this.jdbc.sql("""
				create trigger test_fail_halfway before delete on review_comment
				for each row execute function test_fail_halfway()""").update();
		RetentionRun.Result result;
		try {
			result = runOn(this.today).run("test");
		}
		finally {
			this.jdbc.sql("drop trigger test_fail_halfway on review_comment").update();
			this.jdbc.sql("drop function test_fail_halfway()").update();
		}

		assertThat(result.failed()).isEqualTo(1);
		assertThat(outcome(killed)).isEqualTo("INTERRUPTED");
		assertThat(this.world.exists(first.id())).isFalse();
		assertThat(this.world.exists(broken.id())).isTrue();
		assertThat(references.stream().map((r) -> this.world.rowsReferencing(r, broken.id())).toList())
			.as("every row of the case that failed is still there")
			.isEqualTo(before);
		assertThat(this.world.deletionsOf(broken.id())).isZero();

		runOn(this.today).run("test");
		assertThat(this.world.exists(broken.id())).isFalse();
		assertThat(this.world.deletionsOf(broken.id())).isOne();
		assertThat(this.world.deletionsOf(first.id())).isOne();
	}

	private void hold(CaseSummary c) {
		this.jdbc.sql("""
				insert into legal_hold (case_id, reason_kind, reason, placed_by, placed_at)
				values (?, 'OBJECTION_OR_APPEAL', 'Bezwaar loopt', ?, now())""")
			.params(c.id(), this.lead.id())
			.update();
	}

	private String outcome(long runId) {
		return this.jdbc.sql("select outcome from retention_run where id = ?")
			.param(runId)
			.query(String.class)
			.single();
	}

}
