package nl.omgekeerdetoets.system;

import java.util.stream.Stream;

import nl.omgekeerdetoets.audit.AuditEvent;
import nl.omgekeerdetoets.audit.AuditLog;
import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.teams.Account;
import nl.omgekeerdetoets.teams.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
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
	AuditLog auditLog;

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
		Account account = (role == Role.ADMIN) ? this.fixtures.account(role)
				: this.fixtures.account(role, this.fixtures.team());
		assertThat(this.mvc.perform(request(method, path + "?q=private-search-text").with(csrf())
			.with(user(this.fixtures.signedIn(account))))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(refusalsBy(account)).singleElement().satisfies((event) -> {
			assertThat(event.getAction()).isEqualTo("ACCESS_REFUSED");
			assertThat(event.getDetail()).contains(method.name() + " " + path)
				.contains("role=" + role.name())
				.doesNotContain("private-search-text");
		});
	}

	@Test
	void aRefusedCsrfTokenOfASignedInUserIsAuditedToo() {
		Account admin = this.fixtures.account(Role.ADMIN);
		assertThat(this.mvc.perform(post("/admin/teams/new").param("name", TestFixtures.unique("csrf"))
			.with(user(this.fixtures.signedIn(admin))))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(refusalsBy(admin)).singleElement()
			.satisfies((event) -> assertThat(event.getDetail()).contains("reason=csrf"));
	}

	private java.util.List<AuditEvent> refusalsBy(Account account) {
		return this.auditLog.search("PAGE", account.getUsername(), Pageable.ofSize(10)).getContent();
	}

}
