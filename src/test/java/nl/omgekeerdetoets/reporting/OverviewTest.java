package nl.omgekeerdetoets.reporting;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import nl.omgekeerdetoets.cases.CaseFigures;
import nl.omgekeerdetoets.cases.CaseFigures.ConsultantLoad;
import nl.omgekeerdetoets.cases.CaseFigures.ObstacleRow;
import nl.omgekeerdetoets.cases.CaseFigures.TeamFigures;
import nl.omgekeerdetoets.cases.CaseStatus;
import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.Pdfs;
import nl.omgekeerdetoets.support.StatementRecorder;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Issue 11: a lead's overview, on fixture data with known answers: the period's
 * boundaries (whole days in Amsterdam, both ends included), the workload against the
 * team's threshold, the medians, the CSV export, bad periods, and who may see it.
 */
@IntegrationTest
class OverviewTest {

	static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	static final LocalDate FROM = LocalDate.of(2026, 3, 1);

	static final LocalDate TO = LocalDate.of(2026, 3, 31);

	static final LocalDate TODAY = LocalDate.of(2026, 4, 10);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	CaseFigures caseFigures;

	@Autowired
	StatementRecorder recorder;

	@Autowired
	JdbcClient jdbc;

	TestTeam team;

	TestAccount anna;

	TestAccount bram;

	TestAccount cor;

	SignedInUser lead;

	@BeforeEach
	void aTeamWithKnownWork() {
		this.team = this.fixtures.team();
		this.jdbc.sql("update team set caseload_threshold = 2 where id = ?").param(this.team.getId()).update();
		this.anna = this.fixtures.account(Role.CONSULTANT, this.team);
		this.bram = this.fixtures.account(Role.CONSULTANT, this.team);
		this.cor = this.fixtures.account(Role.CONSULTANT, this.team);
		this.lead = this.fixtures.signedIn(this.fixtures.account(Role.TEAM_LEAD, this.team));

		// Anna: three drafts, one opened at the very first moment of the period, one at
		// its
		// very last, one the moment before it began: three open, two opened in the
		// period.
		insert(this.anna, "DRAFT", 1, at(FROM, 0, 0), null, null);
		insert(this.anna, "DRAFT", 2, at(TO, 23, 59), null, null);
		insert(this.anna, "CHANGES_REQUESTED", 3, at(FROM.minusDays(1), 23, 59), null, null);
		// Bram: one case waiting for review since 2 April, and two approved in the period
		// (opened 10 and 20 days before their submission, decided 2 and 4 days after it),
		// one of them due for evaluation in a week, and one approved the moment after the
		// period (not counted).
		insert(this.bram, "IN_REVIEW", 5, at(LocalDate.of(2026, 2, 1), 9, 0), at(LocalDate.of(2026, 4, 2), 9, 0), null);
		long first = insert(this.bram, "APPROVED", 5, at(LocalDate.of(2026, 2, 20), 9, 0),
				at(LocalDate.of(2026, 3, 2), 9, 0), "SUSTAINABLE");
		approve(first, at(LocalDate.of(2026, 3, 4), 9, 0));
		long second = insert(this.bram, "APPROVED", 5, at(LocalDate.of(2026, 2, 25), 9, 0),
				at(LocalDate.of(2026, 3, 17), 9, 0), "QUICK_FIX");
		approve(second, at(LocalDate.of(2026, 3, 21), 9, 0));
		this.jdbc.sql("update case_file set follow_up_due = ?, follow_up_months = 6 where id = ?")
			.param(TODAY.plusDays(7))
			.param(second)
			.update();
		long late = insert(this.bram, "APPROVED", 5, at(LocalDate.of(2026, 3, 1), 9, 0),
				at(LocalDate.of(2026, 3, 30), 9, 0), "SUSTAINABLE");
		approve(late, at(TO.plusDays(1), 0, 0));

		// Costs of the first approved case: the Wmo pays 2 × 1,000.00 without maatwerk
		// and
		// 2 × 300.00 with; the health insurer 2.5 hours × 12.35 (30.875, kept as 30.88)
		// for one year with. The case approved after the period must not count.
		cost(first, 1, "WITHOUT_MAATWERK", "MUNICIPALITY_WMO", "1000.00", null, null, 2);
		cost(first, 2, "WITH_MAATWERK", "MUNICIPALITY_WMO", "300.00", null, null, 2);
		cost(first, 3, "WITH_MAATWERK", "HEALTH_INSURER", null, "12.35", "2.5", 1);
		cost(late, 1, "WITHOUT_MAATWERK", "MUNICIPALITY_WMO", "99999.00", null, null, 1);
		obstacle(first, "POLICY_RULE", "De beleidsregel kent alleen een scootmobiel", "Ruimte voor een proefperiode");
		obstacle(late, "LAW", "Na de periode", "Telt niet mee");
		// Its 6-month follow-up was recorded in the period: one effect reached, one
		// partly.
		long followUp = this.jdbc.sql("""
				insert into case_follow_up (case_id, months, due_on, recorded_at, recorded_by)
				values (?, 6, ?, ?, ?) returning id""")
			.params(first, TO, at(TO.minusDays(2), 10, 0), this.bram.getId())
			.query(Long.class)
			.single();
		this.jdbc.sql(
				"insert into case_follow_up_result (follow_up_id, position, outcome) values (?, 0, 'REACHED'), (?, 1, 'PARTLY')")
			.params(followUp, followUp)
			.update();
	}

	@Test
	void costsPerPayerAndTheObstacleRegisterCoverTheCasesApprovedInThePeriod() throws Exception {
		TeamFigures figures = this.caseFigures.figures(List.of(this.team.getId()), FROM, TO, TODAY);
		assertThat(figures.costs()).hasSize(2);
		assertThat(figures.totalCosts().withoutMaatwerk()).isEqualByComparingTo("2000.00");
		assertThat(figures.totalCosts().withMaatwerk()).isEqualByComparingTo("630.88");
		assertThat(figures.totalCosts().difference()).isEqualByComparingTo("1369.12");
		assertThat(figures.effects(6, "REACHED")).isEqualTo(1);
		assertThat(figures.effects(6, "PARTLY")).isEqualTo(1);
		assertThat(figures.effects(12, "REACHED")).isZero();

		String page = body(get("/overview").param("from", FROM.toString()).param("to", TO.toString()));
		// The costs and effects as charts too, amounts written beside their bars.
		assertThat(page).contains("id=\"chart-costs-title\"", "id=\"chart-effects-title\"", ">€\u00a02.000,00</text>",
				">Bereikt (6 mnd)</text>");
		assertThat(page).contains("Belemmeringenregister")
			.contains("De beleidsregel kent alleen een scootmobiel")
			.doesNotContain("Na de periode")
			.contains("1.369,12");
		assertThat(
				body(get("/overview").param("from", FROM.toString()).param("to", TO.toString()).param("kind", "LAW")))
			.doesNotContain("De beleidsregel kent alleen een scootmobiel");
		String csv = this.mvc
			.perform(get("/overview/costs.csv").param("from", FROM.toString())
				.param("to", TO.toString())
				.header("Accept-Language", "nl")
				.with(user(this.lead)))
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("2000,00;600,00;1400,00").contains("0,00;30,88;-30,88");
	}

	@Test
	void aCaseApprovedAgainAfterThePeriodLeavesItsObstacleRegister() {
		// The register holds the cases whose last approval lies in the period: the first
		// case, approved in it, reopened and approved again on the day after it.
		long first = this.jdbc
			.sql("select id from case_file where team_id = ? and obstacles::text like '%alleen een scootmobiel%'")
			.param(this.team.getId())
			.query(Long.class)
			.single();
		List<Long> team = List.of(this.team.getId());
		assertThat(this.caseFigures.obstacles(team, FROM, TO, null, 10)).extracting(ObstacleRow::caseId)
			.containsExactly(first);
		approve(first, at(TO.plusDays(1), 9, 0));
		assertThat(this.caseFigures.obstacles(team, FROM, TO, null, 10)).isEmpty();
		// In a period that holds its last approval it is back, the newest first.
		assertThat(this.caseFigures.obstacles(team, FROM, TO.plusDays(1), null, 10)).extracting(ObstacleRow::caseId)
			.startsWith(first);
	}

	@Test
	void theDecisionsOfTheCasesApprovedInThePeriodAreCountedByKind() throws Exception {
		// The quick fix approved in the period was a refusal, the sustainable ones
		// maatwerk; of those, only the first was approved in the period.
		this.jdbc
			.sql("""
					update case_file set decision_kind = case solution_kind when 'QUICK_FIX' then 'REFUSED' else 'MAATWERK' end
					where team_id = ? and status = 'APPROVED'""")
			.param(this.team.getId())
			.update();
		TeamFigures figures = this.caseFigures.figures(List.of(this.team.getId()), FROM, TO, TODAY);
		assertThat(figures.decisions(nl.omgekeerdetoets.cases.Choices.DecisionKind.MAATWERK)).isEqualTo(1);
		assertThat(figures.decisions(nl.omgekeerdetoets.cases.Choices.DecisionKind.REFUSED)).isEqualTo(1);
		assertThat(figures.decisions(nl.omgekeerdetoets.cases.Choices.DecisionKind.GRANTED_AS_ASKED)).isZero();
		assertThat(figures.refusedWithoutCall()).isZero();
		assertThat(body(get("/overview").param("from", FROM.toString()).param("to", TO.toString())))
			.contains("Besluiten van de casussen die in deze periode zijn goedgekeurd");
	}

	@Test
	void theFiguresHaveTheirKnownValues() {
		TeamFigures figures = this.caseFigures.figures(List.of(this.team.getId()), FROM, TO, TODAY);

		assertThat(figures.count(CaseStatus.DRAFT)).isEqualTo(2);
		assertThat(figures.count(CaseStatus.CHANGES_REQUESTED)).isEqualTo(1);
		assertThat(figures.count(CaseStatus.APPROVED)).isEqualTo(3);
		assertThat(figures.openByStep()).containsEntry(1, 1L).containsEntry(2, 1L).containsEntry(3, 1L);
		assertThat(figures.period().opened()).as("opened on the first and last day, not the day before").isEqualTo(3);
		assertThat(figures.period().approved()).as("not the one decided at midnight after the period").isEqualTo(2);
		assertThat(figures.period().medianDaysToSubmission()).isEqualTo(15.0);
		assertThat(figures.period().medianDaysToDecision()).isEqualTo(3.0);
		assertThat(figures.period().sustainablePercent()).isEqualTo(50L);

		assertThat(figures.workload()).hasSize(2);
		ConsultantLoad anna = load(figures, this.anna);
		assertThat(anna.open()).isEqualTo(3);
		assertThat(anna.oldestOpenDays()).isEqualTo(41);
		assertThat(anna.over(2)).isTrue();
		ConsultantLoad bram = load(figures, this.bram);
		assertThat(bram.open()).isEqualTo(1);
		assertThat(bram.inReview()).isEqualTo(1);
		assertThat(bram.longestWaitingDays()).isEqualTo(8);
		assertThat(bram.evaluationsDue()).isEqualTo(1);
		assertThat(bram.over(2)).isFalse();
	}

	@Test
	void theLeadSeesTheOverviewWithTheConsultantOverThresholdFlagged() throws Exception {
		String page = body(get("/overview").param("from", FROM.toString()).param("to", TO.toString()));
		assertThat(page).contains("Overzicht van uw teams")
			.contains("1 consulent zit boven de werkbare caseload van het team.")
			.contains("Boven de drempel van 2")
			.contains(this.anna.getDisplayName())
			.contains(this.cor.getDisplayName())
			.contains("<svg")
			.contains("Casussen per status")
			.contains("15,0 dagen")
			.contains("50% (1 duurzaam, 1 quick fix)");
		assertThat(page.indexOf("Boven de drempel van 2")).isGreaterThan(page.indexOf(this.anna.getDisplayName()));
	}

	@Test
	void theWorkloadIsExportedForDutchExcelAndTheExportLogged() throws Exception {
		MvcTestResult result = this.mvc.perform(get("/overview/workload.csv").param("team", "" + this.team.getId())
			.param("from", FROM.toString())
			.param("to", TO.toString())
			.header("Accept-Language", "nl")
			.with(user(this.lead)));
		assertThat(result).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
		String csv = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFTeam;Consulent;Open;")
			.contains(";" + this.anna.getDisplayName() + ";3;" + daysSince(FROM.minusDays(1)) + ";0;0;0;0;0;Ja\r\n")
			.contains(";" + this.cor.getDisplayName() + ";0;0;0;0;0;0;0;Nee\r\n");
		assertThat(this.jdbc.sql("select count(*) from audit_event where action = 'OVERVIEW_EXPORTED' and actor = ?")
			.param(this.lead.getUsername())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theOverviewAsPdfHoldsTheFiguresAndChartsPassesPdfUaAndIsLogged() throws Exception {
		MvcTestResult result = this.mvc.perform(get("/overview/overview.pdf").param("team", "" + this.team.getId())
			.param("from", FROM.toString())
			.param("to", TO.toString())
			.header("Accept-Language", "nl")
			.with(user(this.lead)));
		assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
		assertThat(result.getResponse().getHeader("Content-Disposition"))
			.contains("overzicht-" + FROM + "-" + TO + ".pdf");
		byte[] pdf = result.getResponse().getContentAsByteArray();
		java.nio.file.Files.write(java.nio.file.Path.of("target/overview.pdf"), pdf);
		// Table cells wrap their words: compared without line breaks, names without any
		// space.
		String text = Pdfs.text(pdf).replaceAll("\\s+", " ");
		assertThat(text)
			.contains("Overzicht van uw teams", "Casussen per status", "15,0 dagen", "50% (1 duurzaam, 1 quick fix)",
					"Boven de drempel van 2", "€ 1.369,12 bespaard")
			// No links or forms in print: no CSV downloads, no filter button.
			.doesNotContain("Download", "Filter");
		assertThat(text.replace(" ", "")).contains(this.anna.getDisplayName().replace(" ", ""));
		assertThat(Pdfs.pdfUaFailures(pdf)).isEmpty();
		assertThat(this.jdbc.sql(
				"select count(*) from audit_event where action = 'OVERVIEW_EXPORTED' and actor = ? and detail like 'table=pdf%'")
			.param(this.lead.getUsername())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.mvc.perform(get("/overview/overview.pdf").param("from", "2026-04-01")
			.param("to", "2026-03-01")
			.with(user(this.lead)))).hasStatus(400);
	}

	@Test
	void aConsultantSeesTheirOwnFiguresAndNobodyElses() throws Exception {
		TeamFigures annas = this.caseFigures.figures(List.of(this.team.getId()), this.anna.getId(), FROM, TO, TODAY);
		assertThat(annas.count(CaseStatus.DRAFT)).isEqualTo(2);
		assertThat(annas.count(CaseStatus.APPROVED)).isZero();
		assertThat(annas.period().opened()).isEqualTo(2);
		assertThat(annas.workload()).hasSize(1);
		assertThat(this.caseFigures.figures(List.of(this.team.getId()), this.bram.getId(), FROM, TO, TODAY)
			.period()
			.approved()).isEqualTo(2);

		// Bram: his two approvals, their costs and obstacle, links to his own list.
		String brams = body(get("/my-figures").param("from", FROM.toString()).param("to", TO.toString()),
				this.fixtures.signedIn(this.bram));
		assertThat(brams).contains("Mijn cijfers")
			.contains("15,0 dagen")
			.contains("1.369,12")
			.contains("De beleidsregel kent alleen een scootmobiel")
			.contains("/cases/mine?status=APPROVED")
			.doesNotContain(this.anna.getDisplayName())
			.doesNotContain(this.cor.getDisplayName())
			.doesNotContain("/overview/")
			.doesNotContain("werkbare caseload van uw team. Bespreek");
		// Anna: three open against her team's two, told in words; none of Bram's work.
		String annasPage = body(get("/my-figures").param("from", FROM.toString()).param("to", TO.toString()),
				this.fixtures.signedIn(this.anna));
		assertThat(annasPage).contains("U hebt meer open casussen dan de werkbare caseload van uw team")
			.doesNotContain("1.369,12")
			.doesNotContain("De beleidsregel kent alleen een scootmobiel")
			.doesNotContain(this.bram.getDisplayName());
		// A team cannot be chosen: another team's id is ignored, not answered.
		assertThat(body(get("/my-figures").param("team", "" + this.fixtures.team().getId()),
				this.fixtures.signedIn(this.anna)))
			.contains("Mijn cijfers");
		// Leads have the overview; admins see no casework.
		assertThat(this.mvc.perform(get("/my-figures").with(user(this.lead)))).hasStatus(403);
		assertThat(this.mvc
			.perform(get("/my-figures").with(user(this.fixtures.signedIn(this.fixtures.account(Role.ADMIN))))))
			.hasStatus(403);
	}

	@Test
	void aBadPeriodIsAnsweredOnItsField() throws Exception {
		assertThat(body(get("/overview").param("from", "2026-04-01").param("to", "2026-03-01")))
			.contains("De einddatum ligt vóór de begindatum")
			.contains("id=\"error-summary\"")
			.doesNotContain("<svg");
		assertThat(body(get("/overview").param("from", "1-4-20x6"))).contains("Vul een datum in, bijvoorbeeld")
			.doesNotContain("<svg");
		assertThat(body(get("/overview").param("from", "2016-01-01").param("to", "2026-03-01")))
			.contains("hoogstens 5 jaar");
	}

	@Test
	void onlyTheTeamsLeadSeesItsOverview() throws Exception {
		SignedInUser otherLead = this.fixtures.signedIn(this.fixtures.account(Role.TEAM_LEAD, this.fixtures.team()));
		assertThat(this.mvc.perform(get("/overview").param("team", "" + this.team.getId()).with(user(otherLead))))
			.hasStatus(404);
		assertThat(this.mvc
			.perform(get("/overview/workload.csv").param("team", "" + this.team.getId()).with(user(otherLead))))
			.hasStatus(404);
		assertThat(body(get("/overview"), otherLead)).doesNotContain(this.anna.getDisplayName());
		assertThat(this.mvc.perform(get("/overview").with(user(this.fixtures.signedIn(this.anna))))).hasStatus(403);
		assertThat(this.mvc
			.perform(get("/overview/status.csv").with(user(this.fixtures.signedIn(this.fixtures.account(Role.ADMIN))))))
			.hasStatus(403);
		assertThat(this.mvc.perform(get("/overview"))).hasStatus(302).hasRedirectedUrl("/login");
	}

	@Test
	void theOverviewsStatementsDoNotGrowWithTheNumberOfCases() throws Exception {
		long before = this.recorder.record(() -> body(get("/overview"))).statements().size();
		for (int i = 0; i < 30; i++) {
			insert(this.cor, (i % 2 == 0) ? "DRAFT" : "IN_REVIEW", 1 + i % 4, at(FROM.plusDays(i % 28), 10, 0),
					at(FROM.plusDays(i % 28), 12, 0), null);
		}
		assertThat(this.recorder.record(() -> body(get("/overview"))).statements()).hasSize((int) before)
			.hasSizeLessThanOrEqualTo(13);
	}

	/** The page counts ages up to the real today. */
	private static long daysSince(LocalDate day) {
		return java.time.temporal.ChronoUnit.DAYS.between(day, LocalDate.now(AMSTERDAM));
	}

	private ConsultantLoad load(TeamFigures figures, TestAccount consultant) {
		return figures.workload()
			.stream()
			.filter((load) -> load.consultantId() == consultant.getId())
			.findFirst()
			.orElseThrow();
	}

	private String body(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return body(request, this.lead);
	}

	private String body(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			SignedInUser user) throws Exception {
		MvcTestResult result = this.mvc.perform(request.header("Accept-Language", "nl").with(user(user)));
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static java.time.OffsetDateTime at(LocalDate day, int hour, int minute) {
		return ZonedDateTime.of(day.atTime(hour, minute), AMSTERDAM).toOffsetDateTime();
	}

	private long insert(TestAccount owner, String status, int step, java.time.OffsetDateTime created,
			java.time.OffsetDateTime submitted, String solutionKind) {
		return this.jdbc.sql("""
				insert into case_file (reference, title, resident, question_as_asked, team_id, owner_id, status,
				                       current_step, created_at, updated_at, submitted_at, solution_kind)
				values (:reference, 'Overzichtcasus', 'mevr. O.', 'Vraag', :team, :owner, :status, :step, :created,
				        :created, :submitted, :kind)
				returning id""")
			.param("reference", TestFixtures.unique("O"))
			.param("team", this.team.getId())
			.param("owner", owner.getId())
			.param("status", status)
			.param("step", step)
			.param("created", created)
			.param("submitted", submitted)
			.param("kind", solutionKind)
			.query(Long.class)
			.single();
	}

	/** Adds an obstacle to the case's step 4, as the app stores it (V35). */
	private void obstacle(long caseId, String kind, String description, String lesson) {
		this.jdbc.sql("""
				update case_file set obstacles = obstacles || jsonb_build_object('kind', ?::text,
				    'description', ?::text, 'lesson', ?::text)
				where id = ?""").params(kind, description, lesson, caseId).update();
	}

	private void cost(long caseId, int position, String scenario, String payer, String amountPerYear, String unitPrice,
			String quantity, int years) {
		Long priceId = (unitPrice == null) ? null
				: this.jdbc.sql("select min(id) from price").query(Long.class).single();
		Long itemId = (priceId == null) ? null
				: this.jdbc.sql("select price_item_id from price where id = ?")
					.param(priceId)
					.query(Long.class)
					.single();
		this.jdbc.sql("""
				insert into case_cost (case_id, position, scenario, payer, description, amount_per_year, years,
				                       price_item_id, price_id, item_name, unit, unit_price, quantity_per_year)
				values (?, ?, ?, ?, 'Regel', ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(caseId, position, scenario, payer,
					(amountPerYear != null) ? new java.math.BigDecimal(amountPerYear) : null, years, itemId, priceId,
					(priceId != null) ? "Begeleiding" : null, (priceId != null) ? "HOUR" : null,
					(unitPrice != null) ? new java.math.BigDecimal(unitPrice) : null,
					(quantity != null) ? new java.math.BigDecimal(quantity) : null)
			.update();
	}

	private void approve(long caseId, java.time.OffsetDateTime decidedAt) {
		this.jdbc.sql("""
				insert into review_decision (case_id, round, reviewer_id, decision, decided_at)
				values (?, 1, ?, 'APPROVED', ?)""").params(caseId, this.lead.id(), decidedAt).update();
	}

}
