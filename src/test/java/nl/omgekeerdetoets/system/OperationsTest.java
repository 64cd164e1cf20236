package nl.omgekeerdetoets.system;

import java.nio.charset.StandardCharsets;

import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.teams.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Issue 15, operations: the load balancer asks whether the app lives and is ready without
 * signing in; the monitoring reads Prometheus metrics with its token or an admin's
 * session, and nobody else does. The metrics count requests per route (never a case's
 * number), the connection pool, sign-ins by outcome and the review queue.
 */
@IntegrationTest
class OperationsTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Test
	void livenessAndReadinessArePublicAndSayNoMoreThanUp() throws Exception {
		for (String probe : new String[] { "/actuator/health/liveness", "/actuator/health/readiness" }) {
			MvcTestResult result = this.mvc.perform(get(probe));
			assertThat(result).as(probe).hasStatusOk().bodyText().contains("\"status\":\"UP\"");
			assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain("components",
					"postgres", "jdbc");
		}
	}

	@Test
	void theScraperReadsTheMetricsWithItsTokenAndNobodyElseWithout() {
		assertThat(this.mvc.perform(get("/actuator/prometheus"))).hasStatus(401);
		assertThat(this.mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer not-the-token")))
			.hasStatus(401);
		for (Role role : new Role[] { Role.CONSULTANT, Role.TEAM_LEAD }) {
			assertThat(this.mvc.perform(get("/actuator/prometheus")
				.with(user(this.fixtures.signedIn(this.fixtures.account(role, this.fixtures.team())))))).as(role.name())
				.hasStatus(403);
		}
		assertThat(this.mvc
			.perform(get("/actuator/prometheus").with(user(this.fixtures.signedIn(this.fixtures.account(Role.ADMIN))))))
			.hasStatusOk();
		assertThat(this.mvc
			.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + IntegrationTest.METRICS_TOKEN)))
			.hasStatusOk();
	}

	@Test
	void theMetricsCountRequestsPerRouteThePoolSignInsAndTheReviewQueue() throws Exception {
		TestFixtures.TestAccount consultant = this.fixtures.account(Role.CONSULTANT, this.fixtures.team());
		this.mvc.perform(formLogin().user(consultant.getUsername()).password("wrong-password"));
		this.mvc.perform(formLogin().user(consultant.getUsername()).password(TestFixtures.PASSWORD));
		this.mvc.perform(get("/cases/123456789").with(user(this.fixtures.signedIn(consultant))));

		String metrics = scrape();
		assertThat(metrics).contains("ot_sign_ins_total{outcome=\"success\"}")
			.contains("ot_sign_ins_total{outcome=\"bad_credentials\"}")
			.contains("ot_sign_ins_total{outcome=\"locked\"}")
			.contains("ot_review_queue ")
			.contains("hikaricp_connections_active")
			.contains("http_server_requests_seconds_count")
			.contains("uri=\"/cases/{id}\"")
			.doesNotContain("123456789");
		assertThat(count(metrics, "ot_sign_ins_total{outcome=\"bad_credentials\"}")).isPositive();
	}

	private String scrape() throws Exception {
		MvcTestResult result = this.mvc
			.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + IntegrationTest.METRICS_TOKEN));
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static double count(String metrics, String series) {
		return metrics.lines()
			.filter((line) -> line.startsWith(series))
			.mapToDouble((line) -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.sum();
	}

}
