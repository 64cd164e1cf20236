package nl.omgekeerdetoets.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.EntityManagerFactory;
import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.teams.Role;
import nl.omgekeerdetoets.teams.SignedInUser;
import nl.omgekeerdetoets.support.TestFixtures.TestTeam;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Pages run the same few SQL statements whatever the number of rows, effects or cases: no
 * N+1.
 */
@IntegrationTest
class QueryCountTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	CaseFixtures caseFixtures;

	@Autowired
	CaseService cases;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	JdbcClient jdbc;

	Statistics statistics;

	Instant start = Instant.now();

	@BeforeEach
	void countStatements() {
		this.statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		this.statistics.setStatisticsEnabled(true);
	}

	@Test
	void stepPagesAndTheCasePageDoNotGrowWithTheNumberOfRows() {
		SignedInUser consultant = this.fixtures.signedIn(this.fixtures.account(Role.CONSULTANT, this.fixtures.team()));
		CaseFile small = this.caseFixtures.complete(consultant);
		CaseFile large = withManyRows(consultant, this.caseFixtures.complete(consultant), 12);

		for (String page : new String[] { "", "/steps/effect", "/steps/law", "/steps/ethics", "/steps/action" }) {
			long forSmall = statementsFor("/cases/" + small.getId() + page, consultant);
			long forLarge = statementsFor("/cases/" + large.getId() + page, consultant);
			assertThat(forLarge).as("statements for %s", page).isEqualTo(forSmall).isLessThanOrEqualTo(20);
		}
	}

	@Test
	void caseListsDoNotGrowWithTheNumberOfCases() {
		TestTeam team = this.fixtures.team();
		SignedInUser consultant = this.fixtures.signedIn(this.fixtures.account(Role.CONSULTANT, team));
		SignedInUser lead = this.fixtures.signedIn(this.fixtures.account(Role.TEAM_LEAD, team));
		this.caseFixtures.draft(consultant);
		long mineFew = statementsFor("/cases", consultant);
		long teamFew = statementsFor("/cases/team", lead);
		for (int i = 0; i < 25; i++) {
			this.caseFixtures.draft(this.fixtures.signedIn(this.fixtures.account(Role.CONSULTANT, team)));
			this.caseFixtures.draft(consultant);
		}
		// One more at most: Spring Data skips the count query while all cases fit on the
		// first page.
		assertThat(statementsFor("/cases", consultant)).isBetween(mineFew, mineFew + 1).isLessThanOrEqualTo(10);
		assertThat(statementsFor("/cases/team", lead)).isBetween(teamFew, teamFew + 1).isLessThanOrEqualTo(10);
	}

	private long statementsFor(String url, SignedInUser user) {
		// Hibernate counts statements for the whole app: first let the listeners of the
		// events this test's own saves published (the audit log) finish.
		await().until(() -> this.jdbc
			.sql("select count(*) from event_publication where completion_date is null "
					+ "and publication_date >= :start")
			.param("start", java.sql.Timestamp.from(this.start))
			.query(Long.class)
			.single() == 0);
		this.statistics.clear();
		assertThat(this.mvc.perform(get(url).with(user(user)))).hasStatusOk();
		return this.statistics.getPrepareStatementCount();
	}

	private CaseFile withManyRows(SignedInUser consultant, CaseFile caseFile, int rows) {
		CaseFile current = this.cases.read(caseFile.getId(), consultant);
		EffectStepForm effects = StepForm.filled(new EffectStepForm(), current);
		ActionStepForm actions = StepForm.filled(new ActionStepForm(), current);
		for (int i = 0; i < rows; i++) {
			effects.getEffects().add(new EffectStepForm.EffectRow("Effect " + i, "Indicator " + i));
			actions.getActions().add(new ActionStepForm.ActionRow("Actie " + i, "Iemand", LocalDate.now().plusDays(i)));
			actions.getCosts()
				.add(new ActionStepForm.CostRow(Choices.Scenario.WITH_MAATWERK, Choices.Payer.RESIDENT, "Regel " + i,
						new BigDecimal("10.00"), 1));
		}
		CaseFile saved = this.cases.saveStep(caseFile.getId(), consultant, effects);
		actions.setVersion(saved.getVersion());
		return this.cases.saveStep(caseFile.getId(), consultant, actions);
	}

}
