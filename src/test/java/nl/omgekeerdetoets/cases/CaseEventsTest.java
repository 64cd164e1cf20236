package nl.omgekeerdetoets.cases;

import java.time.Duration;
import java.util.List;

import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.teams.Role;
import nl.omgekeerdetoets.teams.SignedInUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The cases module announces a case's life as events; the audit log records them once
 * they committed, and an event whose listener failed is kept in the publication registry
 * and delivered again.
 */
@IntegrationTest
class CaseEventsTest {

	@Autowired
	TestFixtures fixtures;

	@Autowired
	CaseFixtures caseFixtures;

	@Autowired
	CaseService cases;

	@Autowired
	FailingOnceListener failingOnce;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	JdbcClient jdbc;

	SignedInUser consultant;

	@BeforeEach
	void consultantInATeam() {
		this.consultant = this.fixtures.signedIn(this.fixtures.account(Role.CONSULTANT, this.fixtures.team()));
	}

	@Test
	void everyChangeOfACaseLeavesAHistoryLineByWhoeverMadeIt() {
		CaseFile caseFile = this.caseFixtures.inReview(this.consultant);

		await().untilAsserted(() -> assertThat(historyOf(caseFile.getId())).containsExactly(
				"CASE_OPENED " + this.consultant.getUsername(), "CASE_STEP_SAVED " + this.consultant.getUsername(),
				"CASE_STEP_SAVED " + this.consultant.getUsername(), "CASE_STEP_SAVED " + this.consultant.getUsername(),
				"CASE_STEP_SAVED " + this.consultant.getUsername(), "CASE_SUBMITTED " + this.consultant.getUsername()));
		await().untilAsserted(() -> assertThat(incompletePublicationsFor(caseFile.getId())).isZero());
	}

	@Test
	void anEventWhoseListenerFailedIsKeptAndDeliveredAgain() {
		CaseFile caseFile = this.caseFixtures.complete(this.consultant);
		this.failingOnce.failOnceFor(caseFile.getId());
		int handledBefore = this.failingOnce.handled();

		this.cases.submit(caseFile.getId(), this.consultant, caseFile.getVersion());

		// The audit line is written; the failing listener's publication stays incomplete.
		await().untilAsserted(() -> assertThat(historyOf(caseFile.getId())).last()
			.isEqualTo("CASE_SUBMITTED " + this.consultant.getUsername()));
		await().untilAsserted(() -> assertThat(incompletePublicationsFor(caseFile.getId())).isOne());
		assertThat(this.failingOnce.handled()).isEqualTo(handledBefore);

		this.incomplete.resubmitIncompletePublicationsOlderThan(Duration.ZERO);

		await().untilAsserted(() -> assertThat(incompletePublicationsFor(caseFile.getId())).isZero());
		assertThat(this.failingOnce.handled()).isEqualTo(handledBefore + 1);
		// Completed publications are deleted, not kept (issue 13): the registry holds
		// only
		// what still has to be handled.
		assertThat(publicationsFor(caseFile.getId())).isZero();
	}

	private long publicationsFor(long caseId) {
		return this.jdbc.sql("select count(*) from event_publication where serialized_event like :caseId")
			.param("caseId", "%\"caseId\":" + caseId + ",%")
			.query(Long.class)
			.single();
	}

	private List<String> historyOf(long caseId) {
		return this.jdbc
			.sql("select action || ' ' || actor from audit_event where subject_type = 'CASE' and subject_id = :id "
					+ "and action <> 'CASE_READ' order by occurred_at, id")
			.param("id", caseId)
			.query(String.class)
			.list();
	}

	private long incompletePublicationsFor(long caseId) {
		return this.jdbc
			.sql("select count(*) from event_publication where completion_date is null "
					+ "and serialized_event like :caseId")
			.param("caseId", "%\"caseId\":" + caseId + ",%")
			.query(Long.class)
			.single();
	}

}
