package nl.omgekeerdetoets.reporting;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import nl.omgekeerdetoets.cases.CaseFixtures;
import nl.omgekeerdetoets.cases.CaseSummary;
import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.Pdfs;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.support.TestFixtures.TestAccount;
import nl.omgekeerdetoets.support.TestFixtures.TestTeam;
import nl.omgekeerdetoets.teams.Role;
import nl.omgekeerdetoets.teams.SignedInUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 11: a return day from planning to report through the web layer: the lead plans
 * it, a consultant proposes their own case (not a colleague's), the lead orders the
 * agenda, records outcomes in the meeting view, and the follow-up action stays on its
 * owner's start page until done. A return day exists only for its teams.
 */
@IntegrationTest
class ReturnDayTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	CaseFixtures cases;

	@Autowired
	JdbcClient jdbc;

	TestTeam team;

	SignedInUser lead;

	SignedInUser anna;

	SignedInUser bram;

	CaseSummary annasCase;

	CaseSummary bramsCase;

	@BeforeEach
	void aTeamWithCases() {
		// Consultants of this team read each other's cases, so that Anna finds Bram's
		// case
		// and may still not propose it.
		this.team = this.fixtures.team(true);
		this.lead = this.fixtures.signedIn(this.fixtures.account(Role.TEAM_LEAD, this.team));
		this.anna = this.fixtures.signedIn(this.fixtures.account(Role.CONSULTANT, this.team));
		this.bram = this.fixtures.signedIn(this.fixtures.account(Role.CONSULTANT, this.team));
		this.annasCase = this.cases.submitted(this.anna);
		this.bramsCase = this.cases.submitted(this.bram);
	}

	@Test
	void aReturnDayFromPlanToReport() throws Exception {
		long day = plan();

		// Anna proposes her own case; not Bram's, and not twice.
		assertThat(send(post("/return-days/{id}/items", day).param("reference", this.bramsCase.reference())
			.param("question", "Mag dit?"), this.anna)).contains("U kunt alleen uw eigen casussen voordragen");
		assertThat(this.mvc.perform(post("/return-days/{id}/items", day).param("reference", this.annasCase.reference())
			.param("question", "Hadden we eerder kunnen afwijken?")
			.with(csrf())
			.with(user(this.anna)))).hasRedirectedUrl("/return-days/" + day);
		assertThat(send(post("/return-days/{id}/items", day).param("reference", this.annasCase.reference())
			.param("question", "Nog eens"), this.anna)).contains("Deze casus staat al op de agenda");
		assertThat(send(post("/return-days/{id}/items", day).param("reference", "2099-9999").param("question", "?"),
				this.anna))
			.contains("Er is geen casus met dit nummer");
		// The lead proposes Bram's case and puts it first.
		assertThat(this.mvc.perform(post("/return-days/{id}/items", day).param("reference", this.bramsCase.reference())
			.param("question", "Wat vinden jullie van de kosten?")
			.with(csrf())
			.with(user(this.lead)))).hasRedirectedUrl("/return-days/" + day);
		long bramsItem = itemOf(day, this.bramsCase);
		assertThat(this.mvc
			.perform(post("/return-days/{id}/items/{item}", day, bramsItem).param("version", "" + version(day))
				.param("move", "up")
				.with(csrf())
				.with(user(this.lead))))
			.hasRedirectedUrl("/return-days/" + day + "#agenda");
		// A second arrangement from the same, now old, page is refused as a conflict.
		long stale = version(day) - 1;
		this.mvc.perform(post("/return-days/{id}/items/{item}", day, bramsItem).param("version", "" + stale)
			.param("move", "down")
			.with(csrf())
			.with(user(this.lead)));
		String agenda = send(get("/return-days/{id}", day), this.anna);
		assertThat(agenda.indexOf(this.bramsCase.reference())).isLessThan(agenda.indexOf(this.annasCase.reference()));
		assertThat(agenda).doesNotContain("Omhoog");
		// A consultant may not order the agenda.
		assertThat(this.mvc
			.perform(post("/return-days/{id}/items/{item}", day, bramsItem).param("version", "" + version(day))
				.param("move", "down")
				.with(csrf())
				.with(user(this.anna))))
			.hasStatus(403);

		// The meeting view shows the first case; the lead records a follow-up action for
		// Anna, after being told what was missing.
		assertThat(send(get("/return-days/{id}/meeting/1", day), this.lead)).contains("Casus 1 van 2")
			.contains("Wat vinden jullie van de kosten?")
			.contains(this.bramsCase.title());
		assertThat(send(post("/return-days/{id}/meeting/1/outcomes", day).param("kind", "ACTION")
			.param("text", "Werkinstructie over maatwerk bij vervoer aanpassen"), this.lead))
			.contains("Kies wie de vervolgactie oppakt");
		assertThat(this.mvc.perform(post("/return-days/{id}/meeting/1/outcomes", day).param("kind", "ACTION")
			.param("text", "Werkinstructie over maatwerk bij vervoer aanpassen")
			.param("ownerId", "" + this.anna.id())
			.param("dueOn", LocalDate.now().plusWeeks(3).toString())
			.with(csrf())
			.with(user(this.lead)))).hasRedirectedUrl("/return-days/" + day + "/meeting/1#outcomes");
		assertThat(this.mvc.perform(post("/return-days/{id}/meeting/2/outcomes", day).param("kind", "POLICY_SIGNAL")
			.param("text", "De beleidsregel vervoer laat geen ruimte voor een proefperiode")
			.param("obstacleKind", "POLICY_RULE")
			.with(csrf())
			.with(user(this.lead)))).hasRedirectedUrl("/return-days/" + day + "/meeting/2#outcomes");

		// The action is on Anna's start page until she marks it done; the report has
		// both.
		assertThat(send(get("/"), this.anna)).contains("Uw vervolgacties")
			.contains("Werkinstructie over maatwerk bij vervoer aanpassen");
		long action = this.jdbc.sql("select id from return_day_outcome where owner_id = ?")
			.param(this.anna.id())
			.query(Long.class)
			.single();
		assertThat(this.mvc.perform(post("/actions/{id}/done", action).with(csrf()).with(user(this.bram))))
			.hasStatus(404);
		assertThat(this.mvc.perform(post("/actions/{id}/done", action).with(csrf()).with(user(this.anna))))
			.hasRedirectedUrl("/");
		assertThat(send(get("/"), this.anna)).doesNotContain("Uw vervolgacties");
		assertThat(send(get("/return-days/{id}/report", day), this.lead)).contains("Verslag van de terugkomdag")
			.contains("Vervolgactie: ")
			.contains("Signaal voor beleid: ")
			.contains("(Beleidsregel)")
			.contains("Gedaan")
			.contains("Casussen per status")
			.contains("Kosten zonder en met maatwerk per betaler");

		// The same report as a PDF for the team and the management, passing PDF/UA-1,
		// and its download is logged; a consultant of the team may take it too.
		MvcTestResult pdf = this.mvc
			.perform(get("/return-days/{id}/report.pdf", day).header("Accept-Language", "nl").with(user(this.anna)));
		assertThat(pdf).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
		assertThat(pdf.getResponse().getHeader("Content-Disposition")).contains("terugkomdag-2026-12-15.pdf");
		byte[] bytes = pdf.getResponse().getContentAsByteArray();
		java.nio.file.Files.write(java.nio.file.Path.of("target/return-day-report.pdf"), bytes);
		String text = Pdfs.text(bytes).replaceAll("\\s+", " ");
		assertThat(text).contains("Verslag van de terugkomdag", "Casussen per status",
				"Werkinstructie over maatwerk bij vervoer aanpassen", "Signaal voor beleid:",
				this.bramsCase.reference(), "Wat vinden jullie van de kosten?");
		assertThat(Pdfs.pdfUaFailures(bytes)).isEmpty();
		assertThat(this.jdbc
			.sql("select count(*) from audit_event where action = 'RETURN_DAY_REPORT_DOWNLOADED' and subject_id = ?")
			.param(day)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aReturnDayExistsOnlyForItsTeams() throws Exception {
		long day = plan();
		TestTeam other = this.fixtures.team();
		SignedInUser otherLead = this.fixtures.signedIn(this.fixtures.account(Role.TEAM_LEAD, other));
		SignedInUser outsider = this.fixtures.signedIn(this.fixtures.account(Role.CONSULTANT, other));
		for (String page : new String[] { "/return-days/" + day, "/return-days/" + day + "/report",
				"/return-days/" + day + "/report.pdf" }) {
			assertThat(this.mvc.perform(get(page).with(user(otherLead)))).as(page).hasStatus(404);
			assertThat(this.mvc.perform(get(page).with(user(outsider)))).as(page).hasStatus(404);
			assertThat(this.mvc.perform(get(page).with(user(this.anna)))).as(page).hasStatusOk();
		}
		assertThat(send(get("/return-days"), outsider)).doesNotContain("/return-days/" + day + "\"");
		assertThat(this.mvc
			.perform(get("/return-days").with(user(this.fixtures.signedIn(this.fixtures.account(Role.ADMIN))))))
			.hasStatus(403);
		// A lead cannot plan for a team they do not lead, nor can a consultant plan.
		assertThat(send(post("/return-days").param("heldOn", "2026-12-15").param("teamIds", "" + this.team.getId()),
				otherLead))
			.contains("Kies een of meer teams waarvan u teamleider bent");
		assertThat(this.mvc.perform(post("/return-days").param("heldOn", "2026-12-15")
			.param("teamIds", "" + this.team.getId())
			.with(csrf())
			.with(user(this.anna)))).hasStatus(403);
	}

	private long plan() {
		MvcTestResult result = this.mvc.perform(post("/return-days").param("heldOn", "2026-12-15")
			.param("teamIds", "" + this.team.getId())
			.with(csrf())
			.with(user(this.lead)));
		assertThat(result).hasStatus3xxRedirection();
		String location = result.getResponse().getRedirectedUrl();
		long day = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(this.jdbc.sql("select period_from || ' ' || period_to from return_day where id = ?")
			.param(day)
			.query(String.class)
			.single()).isEqualTo("2026-06-15 2026-12-14");
		return day;
	}

	private long itemOf(long day, CaseSummary caseFile) {
		return this.jdbc.sql("select id from return_day_item where return_day_id = ? and case_id = ?")
			.params(day, caseFile.id())
			.query(Long.class)
			.single();
	}

	private long version(long day) {
		return this.jdbc.sql("select version from return_day where id = ?").param(day).query(Long.class).single();
	}

	private String send(MockHttpServletRequestBuilder request, SignedInUser user) throws Exception {
		MvcTestResult result = this.mvc.perform(request.header("Accept-Language", "nl").with(csrf()).with(user(user)));
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
