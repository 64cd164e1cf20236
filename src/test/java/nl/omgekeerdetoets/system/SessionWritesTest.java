package nl.omgekeerdetoets.system;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.http.Cookie;
import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.StatementRecorder;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.support.TestFixtures.TestAccount;
import nl.omgekeerdetoets.teams.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Issue 13: a signed-in request reads its session row once, and writes it only when
 * something in it changed or its last write is a minute old, so that the tabs of one user
 * do not queue on that row.
 */
@IntegrationTest
class SessionWritesTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StatementRecorder recorder;

	@Test
	void aSessionUsedAgainWithinAMinuteIsNotRewrittenButAfterAMinuteItIs() throws Exception {
		TestAccount consultant = this.fixtures.account(Role.CONSULTANT, this.fixtures.team());
		Cookie session = this.mvc.perform(formLogin().user(consultant.getUsername()).password(TestFixtures.PASSWORD))
			.getResponse()
			.getCookie("SESSION");
		String id = new String(Base64.getDecoder().decode(session.getValue()), StandardCharsets.UTF_8);
		assertThat(this.mvc.perform(get("/account/password").cookie(session))).hasStatusOk();
		long written = lastAccess(id);

		StatementRecorder.Recording again = this.recorder.record(() -> {
			assertThat(this.mvc.perform(get("/account/password").cookie(session))).hasStatusOk();
			return null;
		});
		assertThat(lastAccess(id)).isEqualTo(written);
		assertThat(again.statements()).filteredOn((sql) -> sql.contains("FROM SPRING_SESSION S")).hasSize(1);
		// Not even sent: nothing in the session changed and its last write is recent.
		assertThat(again.statements()).noneMatch((sql) -> sql.contains("UPDATE SPRING_SESSION"));

		this.jdbc.sql("update spring_session set last_access_time = last_access_time - 120000 where session_id = ?")
			.param(id)
			.update();
		assertThat(this.mvc.perform(get("/account/password").cookie(session))).hasStatusOk();
		assertThat(lastAccess(id)).isGreaterThan(written - 120000);
	}

	private long lastAccess(String sessionId) {
		return this.jdbc.sql("select last_access_time from spring_session where session_id = ?")
			.param(sessionId)
			.query(Long.class)
			.single();
	}

}
