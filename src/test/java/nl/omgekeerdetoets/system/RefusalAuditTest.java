package nl.omgekeerdetoets.system;

import java.util.stream.Stream;

import nl.omgekeerdetoets.audit.AuditEntry;
import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.support.TestFixtures.TestAccount;
import nl.omgekeerdetoets.teams.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Issue 16: a refusal by role is in the audit log like a refusal by ownership.
 */
@IntegrationTest
class RefusalAuditTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	static Stream<Arguments> refusals() {
		return Stream.of(arguments(Role.CONSULTANT, HttpMethod.GET, "/review"),
				arguments(Role.CONSULTANT, HttpMethod.GET, "/admin/teams"),
				arguments(Role.TEAM_LEAD, HttpMethod.GET, "/admin/accounts"),
				arguments(Role.TEAM_LEAD, HttpMethod.POST, "/feedback/comments/1/resolve"),
				arguments(Role.ADMIN, HttpMethod.GET, "/cases"), arguments(Role.ADMIN, HttpMethod.GET, "/review/1"),
				arguments(Role.ADMIN, HttpMethod.GET, "/cases/1/steps/effect"));
	}

	@ParameterizedTest(name = "{0} {1} {2}")
	@MethodSource("refusals")
	void everyRefusalByRoleIsAudited(Role role, HttpMethod method, String path) {
		TestAccount account = (role == Role.ADMIN) ? this.fixtures.account(role)
				: this.fixtures.account(role, this.fixtures.team());
		assertThat(this.mvc.perform(request(method, path + "?q=private-search-text").with(csrf())
			.with(user(this.fixtures.signedIn(account))))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(refusalsBy(account)).singleElement().satisfies((event) -> {
			assertThat(event.action()).isEqualTo("ACCESS_REFUSED");
			assertThat(event.detail()).contains(method.name() + " " + path)
				.contains("role=" + role.name())
				.doesNotContain("private-search-text");
		});
	}

	@Test
	void aRefusedCsrfTokenOfASignedInUserIsAuditedToo() {
		TestAccount admin = this.fixtures.account(Role.ADMIN);
		assertThat(this.mvc.perform(post("/admin/teams/new").param("name", TestFixtures.unique("csrf"))
			.with(user(this.fixtures.signedIn(admin))))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(refusalsBy(admin)).singleElement()
			.satisfies((event) -> assertThat(event.detail()).contains("reason=csrf"));
	}

	private java.util.List<AuditEntry> refusalsBy(TestAccount account) {
		return this.jdbc
			.sql("select occurred_at, actor, action, detail from audit_event where action = 'ACCESS_REFUSED' "
					+ "and actor = :actor order by occurred_at desc, id desc limit 10")
			.param("actor", account.getUsername())
			.query((row, n) -> new AuditEntry(row.getTimestamp("occurred_at").toInstant(), row.getString("actor"),
					row.getString("action"), row.getString("detail")))
			.list();
	}

}
