package nl.omgekeerdetoets.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.support.TestFixtures.TestTeam;
import nl.omgekeerdetoets.teams.Role;
import nl.omgekeerdetoets.teams.SignedInUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo cases a newcomer sees: the approved ones carry their lead's decision, so the
 * demo lead's overview counts them, lists their obstacles and shows lead times that are
 * not negative.
 */
@IntegrationTest
class DemoCasesTest {

	@Autowired
	DemoCases demoCases;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CaseFigures figures;

	@Autowired
	Clock clock;

	@Test
	void theApprovedDemoCasesCarryTheirLeadsDecisionAndCountInTheOverview() {
		TestTeam team = this.fixtures.team();
		SignedInUser sanne = this.fixtures.signedIn(this.fixtures.account(Role.CONSULTANT, team));
		SignedInUser joris = this.fixtures.signedIn(this.fixtures.account(Role.CONSULTANT, team));
		SignedInUser lead = this.fixtures.signedIn(this.fixtures.account(Role.TEAM_LEAD, team));

		this.transaction.executeWithoutResult((status) -> this.demoCases.load(sanne, joris, lead));

		List<Approved> approved = this.jdbc
			.sql("select c.id, c.approved_at, d.reviewer_id, d.round, d.decided_at from case_file c "
					+ "left join review_decision d on d.case_id = c.id and d.decision = 'APPROVED' "
					+ "where c.team_id = ? and c.approved_at is not null order by c.id")
			.param(team.getId())
			.query(Approved.class)
			.list();
		assertThat(approved).hasSize(3).allSatisfy((caseFile) -> {
			assertThat(caseFile.reviewerId()).isEqualTo(lead.id());
			assertThat(caseFile.round()).isEqualTo(1);
			assertThat(caseFile.decidedAt()).isEqualTo(caseFile.approvedAt());
		});

		LocalDate today = LocalDate.now(this.clock);
		CaseFigures.TeamFigures lastEightMonths = this.figures.figures(List.of(team.getId()), today.minusMonths(8),
				today, today);
		assertThat(lastEightMonths.period().approved()).isEqualTo(3);
		// Backdated approvals take their submission and opening with them: no negative
		// lead times.
		assertThat(lastEightMonths.period().medianDaysToDecision()).isNotNegative();
		assertThat(lastEightMonths.period().medianDaysToSubmission()).isNotNegative();
		assertThat(this.figures.obstacles(List.of(team.getId()), today.minusMonths(8), today, null, 50))
			.extracting(CaseFigures.ObstacleRow::kind)
			.contains(Choices.ObstacleKind.POLICY_RULE, Choices.ObstacleKind.WORK_PROCESS);
	}

	record Approved(long id, Instant approvedAt, Long reviewerId, Integer round, Instant decidedAt) {

	}

}
