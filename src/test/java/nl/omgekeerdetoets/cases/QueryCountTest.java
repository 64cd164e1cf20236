package nl.omgekeerdetoets.cases;

import java.math.BigDecimal;
import java.time.LocalDate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import nl.omgekeerdetoets.prices.Payer;
import nl.omgekeerdetoets.prices.PriceList;
import nl.omgekeerdetoets.prices.PriceQuote;
import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.teams.Role;
import nl.omgekeerdetoets.teams.SignedInUser;
import nl.omgekeerdetoets.support.TestFixtures.TestTeam;
import nl.omgekeerdetoets.support.StatementRecorder;
import nl.omgekeerdetoets.support.StatementRecorder.Recording;
import nl.omgekeerdetoets.support.TestFixtures.TestAccount;
import nl.omgekeerdetoets.support.SignedInPages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Pages run the same few SQL statements whatever the number of rows, effects or cases: no
 * N+1, no statement twice in one request, and each page within its bound (issue 13). All
 * statements count, of every module and the session store, as a signed-in browser's
 * request sends them: the session comes from its cookie.
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
	StatementRecorder recorder;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PriceList priceList;

	SignedInPages signedIn;

	@BeforeEach
	void signedInPages() {
		this.signedIn = new SignedInPages(this.mvc, this.recorder, this.jdbc);
	}

	/**
	 * The most statements each page may send, session included (one read; no update
	 * unless something in it changed or its last write is a minute old). Lower them as
	 * pages get cheaper; never raise one without a reason in the commit.
	 */
	// The start page: a consultant's also lists the follow-ups coming up and the open
	// follow-up actions of return days, one statement each (home 5 -> 6).
	// The overview: counts, the period, workload, costs, effects, obstacles, compliments,
	// names; each aggregated in one statement whatever the number of cases.
	// The follow-up page reads the case as every case page does (its steps' collections),
	// its follow-ups with their results, and the name of who recorded it, if anyone did.
	// The review page and step 4 also show the similar earlier cases: one statement
	// (review page 19 -> 20, step pages 13 -> 14), and one more (the audit line) when
	// the list holds another consultant's case.
	// The review's comments, compliments and decisions with their authors' names are one
	// statement (case page 17 -> 15, review page 20 -> 19), and another person's read of
	// a case is written later in a batch, not in the page's request.
	// A list's rows bring their consultants' names (lists 6 -> 5: the session, the
	// navigation's count, the teams, the rows, the counts).
	// A case's effects, laws, goals, values and step plan are on its row (V31-V34): no
	// statement each (case page 15 -> 9, step pages 14 -> 9, follow-up page 12 -> 6,
	// review page 19 -> 13). A followed-up case also reads its follow-ups and the names
	// of who recorded them. The obstacles too (V35: case page 9 -> 8, step pages 9 -> 8,
	// follow-up page 6 -> 5, review page 13 -> 12). Who recorded a follow-up is read with
	// it (a followed-up case page 9 -> 8). The review page takes the decisions with their
	// reviewers' names from the review's one statement instead of reading them again (12
	// -> 11).
	static final Map<String, Integer> BOUNDS = Map.ofEntries(Map.entry("home", 6), Map.entry("layout only", 2),
			Map.entry("my cases", 5), Map.entry("team cases", 5), Map.entry("team cases searched", 5),
			Map.entry("review queue", 4), Map.entry("notifications", 4), Map.entry("case page", 8),
			Map.entry("case page (followed up)", 8), Map.entry("step page", 8), Map.entry("follow-up page", 5),
			Map.entry("review page", 11), Map.entry("overview", 12), Map.entry("mail preferences", 4));

	/** The pages that read in one read-only transaction (ReadingPages). */
	static final Set<String> READ_IN_ONE_TRANSACTION = Set.of("home", "my cases", "team cases", "team cases searched",
			"review queue", "case page", "case page (followed up)", "step page", "follow-up page", "review page");

	@Test
	void everyPageStaysWithinItsBoundAndSendsNoStatementTwice() throws Exception {
		TestTeam team = this.fixtures.team(true);
		TestAccount consultantAccount = this.fixtures.account(Role.CONSULTANT, team);
		TestAccount leadAccount = this.fixtures.account(Role.TEAM_LEAD, team);
		SignedInUser consultant = this.fixtures.signedIn(consultantAccount);
		CaseFile filled = withManyRows(consultant, this.caseFixtures.complete(consultant), 5);
		this.caseFixtures.draft(consultant);
		Cookie asConsultant = logIn(consultantAccount);
		Cookie asLead = logIn(leadAccount);
		String caseUrl = "/cases/" + filled.getId();

		Map<String, Recording> pages = new LinkedHashMap<>();
		pages.put("home", request("/", asConsultant));
		pages.put("home (lead)", request("/", asLead));
		pages.put("layout only", request("/account/password", asConsultant));
		// The layout, the account's address and language, its mail choices.
		pages.put("mail preferences", request("/account/mail", asConsultant));
		pages.put("my cases", request("/cases", asConsultant));
		pages.put("team cases", request("/cases/team?page=0&sort=title", asLead));
		pages.put("team cases searched", request("/cases/team?q=heup&status=DRAFT", asLead));
		pages.put("review queue", request("/review", asLead));
		pages.put("overview", request("/overview", asLead));
		// Another consultant's case, so that its notifications do not change this
		// consultant's pages.
		pages.put("review page (round 2)",
				request("/review/cases/"
						+ inRoundTwo(this.fixtures.signedIn(this.fixtures.account(Role.CONSULTANT, team)), asLead),
						asLead));
		pages.put("notifications", request("/notifications", asConsultant));
		pages.put("case page", request(caseUrl, asConsultant));
		pages.put("case page (lead)", request(caseUrl, asLead));
		// An approved case with its 6-month follow-up recorded: the follow-ups, their
		// results and who recorded them.
		long followedUp = this.caseFixtures.followedUpAfterSixMonths(consultant, this.fixtures.signedIn(leadAccount))
			.id();
		pages.put("case page (followed up)", request("/cases/" + followedUp, asConsultant));
		pages.put("follow-up page", request("/cases/" + followedUp + "/follow-ups/12", asConsultant));
		for (String step : new String[] { "effect", "law", "ethics", "action" }) {
			pages.put("step page " + step, request(caseUrl + "/steps/" + step, asConsultant));
		}
		pages.forEach((page, recording) -> {
			String kind = BOUNDS.keySet()
				.stream()
				.filter(page::startsWith)
				.max(java.util.Comparator.comparingInt(String::length))
				.orElseThrow();
			assertThat(recording.statements()).as("statements of %s:%n%s", page, recording)
				.hasSizeLessThanOrEqualTo(BOUNDS.get(kind))
				.doesNotHaveDuplicates();
			if (READ_IN_ONE_TRANSACTION.contains(kind)) {
				// The session's read, and the page's.
				assertThat(recording.transactions()).as("transactions of %s:%n%s", page, recording).isEqualTo(2);
			}
		});
	}

	/**
	 * The notifications page shows each notification's case by its reference: it reads
	 * the references, not the cases (their texts included).
	 */
	@Test
	void theNotificationsPageReadsTheReferencesOfItsCasesAlone() throws Exception {
		TestTeam team = this.fixtures.team();
		TestAccount consultantAccount = this.fixtures.account(Role.CONSULTANT, team);
		SignedInUser consultant = this.fixtures.signedIn(consultantAccount);
		CaseSummary approved = this.caseFixtures.followUpDue(consultant,
				this.fixtures.signedIn(this.fixtures.account(Role.TEAM_LEAD, team)));
		Recording page = request("/notifications", logIn(consultantAccount));

		List<String> caseReads = page.statements().stream().filter((sql) -> sql.contains("case_file")).toList();
		assertThat(caseReads).as("%s", page).singleElement().satisfies((sql) -> {
			assertThat(sql).contains("reference");
			assertThat(sql).doesNotContain("question_as_asked", "title", "resident");
		});
		assertThat(this.mvc.get().uri("/notifications").with(user(consultant))).bodyText()
			.contains(approved.reference());
	}

	private Recording request(String url, Cookie session) throws Exception {
		return this.signedIn.record(url, session);
	}

	private Cookie logIn(TestAccount account) {
		return this.signedIn.logIn(account);
	}

	/**
	 * An autosave of one answer in step 1 of a finished case with many rows in every step
	 * reads the case (its effects are on its row) and writes step 1: not the other steps'
	 * columns, no rows of other tables, and no more than the history line and the editor
	 * besides. (Hibernate writes all of a step's columns when one of them changed, once
	 * the step holds a JSON column: the effects.)
	 */
	@Test
	void anAutosaveReadsItsOwnStepAndWritesOnlyWhatChanged() throws Exception {
		TestAccount account = this.fixtures.account(Role.CONSULTANT, this.fixtures.team());
		SignedInUser consultant = this.fixtures.signedIn(account);
		CaseFile filled = withManyRows(consultant, this.caseFixtures.complete(consultant), 5);
		EffectStepForm effect = StepForm.filled(new EffectStepForm(), this.cases.read(filled.getId(), consultant));
		Cookie session = logIn(account);
		this.mvc.perform(get("/cases/" + filled.getId() + "/steps/effect").cookie(session));
		awaitListeners();

		Recording recording = this.recorder.record(() -> {
			var autosave = post("/cases/{id}/steps/effect", filled.getId()).cookie(session)
				.with(csrf())
				.header("X-Requested-With", "fetch")
				.param("autosave", "true")
				.param("version", String.valueOf(effect.getVersion()))
				.param("residentWords", effect.getResidentWords())
				.param("ownStrength", "Dochter helpt op zaterdag en zondag")
				.param("meaningForPeople", effect.getMeaningForPeople());
			for (int i = 0; i < effect.getEffects().size(); i++) {
				autosave.param("effects[" + i + "].description", effect.getEffects().get(i).getDescription())
					.param("effects[" + i + "].indicator", effect.getEffects().get(i).getIndicator());
			}
			assertThat(this.mvc.perform(autosave)).hasStatus(204);
			return null;
		});

		List<String> sql = recording.statements().stream().map(String::toLowerCase).toList();
		assertThat(sql).as("statements of an autosave:%n%s", recording)
			.hasSizeLessThanOrEqualTo(5)
			.doesNotHaveDuplicates()
			.noneMatch((statement) -> statement.matches("(?s).*\\b(case_cost|event_publication)\\b.*"))
			.filteredOn((statement) -> statement.startsWith("update case_file"))
			.singleElement()
			.asString()
			.contains("own_strength", "updated_at", "version")
			.doesNotContain("title", "solution", "status", "team_id", "evaluation_date", "law_ids", "values_at_stake",
					"actions", "obstacles", "goal_ids", "real_need", "within_goals");
		assertThat(sql).filteredOn((statement) -> statement.startsWith("insert into audit_event")).hasSize(1);
		// The session's read, and the save with its history line.
		assertThat(recording.transactions()).as("transactions of an autosave:%n%s", recording).isEqualTo(2);
	}

	@Test
	void stepPagesAndTheCasePageDoNotGrowWithTheNumberOfRows() throws Exception {
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
	void caseListsDoNotGrowWithTheNumberOfCases() throws Exception {
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
		assertThat(statementsFor("/cases", consultant)).isEqualTo(mineFew);
		assertThat(statementsFor("/cases/team", lead)).isEqualTo(teamFew);
	}

	private long statementsFor(String url, SignedInUser user) throws Exception {
		awaitListeners();
		return this.recorder.record(() -> {
			assertThat(this.mvc.perform(get(url).with(user(user)))).hasStatusOk();
			return null;
		}).statements().size();
	}

	/** Lets the listeners of the events this test's own saves published finish first. */
	private void awaitListeners() {
		this.signedIn.awaitListeners();
	}

	/**
	 * A case sent back once and submitted again with step 3 changed, so that its review
	 * page compares two submissions.
	 */
	private long inRoundTwo(SignedInUser consultant, Cookie asLead) {
		CaseFile caseFile = this.caseFixtures.inReview(consultant);
		assertThat(this.mvc
			.perform(post("/review/cases/{id}/decision", caseFile.getId()).param("decision", "CHANGES_REQUESTED")
				.param("reason", "Beschrijf wat u zag.")
				.cookie(asLead)
				.with(csrf())))
			.hasStatus3xxRedirection();
		EthicsStepForm ethics = StepForm.filled(new EthicsStepForm(), this.cases.read(caseFile.getId(), consultant));
		ethics.setObservations("Zag haar twee keer stilstaan bij de drempel");
		CaseFile changed = this.cases.saveStep(caseFile.getId(), consultant, ethics);
		assertThat(this.cases.submit(changed.getId(), consultant, changed.getVersion())).isEmpty();
		return changed.getId();
	}

	private CaseFile withManyRows(SignedInUser consultant, CaseFile caseFile, int rows) {
		CaseFile current = this.cases.read(caseFile.getId(), consultant);
		EffectStepForm effects = StepForm.filled(new EffectStepForm(), current);
		ActionStepForm actions = StepForm.filled(new ActionStepForm(), current);
		List<PriceQuote> items = this.priceList.activePricesOn(this.cases.pricingDay(current));
		for (int i = 0; i < rows; i++) {
			effects.getEffects().add(new EffectStepForm.EffectRow("Effect " + i, "Indicator " + i));
			actions.getActions().add(new ActionStepForm.ActionRow("Actie " + i, "Iemand", LocalDate.now().plusDays(i)));
			actions.getCosts()
				.add(new ActionStepForm.CostRow(Choices.Scenario.WITH_MAATWERK, Payer.RESIDENT, "Regel " + i,
						new BigDecimal("10.00"), 1));
			// Priced lines and obstacles too: neither may cost a statement per row.
			actions.getCosts()
				.add(ActionStepForm.CostRow.item(Choices.Scenario.WITHOUT_MAATWERK, null,
						items.get(i % items.size()).itemId(), new BigDecimal("2.5"), 2, null));
			actions.getObstacles()
				.add(new ActionStepForm.ObstacleRow(Choices.ObstacleKind.WORK_PROCESS, "Belemmering " + i, "Les " + i));
			// Other parties too, read with the case itself, and actions they own.
			actions.getParties()
				.add(new ActionStepForm.PartyRow(Choices.PartyKind.SCHOOL, "School " + i, "Contact " + i,
						"Afspraak " + i));
			actions.getActions().get(actions.getActions().size() - 1).setParty(i);
		}
		CaseFile saved = this.cases.saveStep(caseFile.getId(), consultant, effects);
		actions.setVersion(saved.getVersion());
		return this.cases.saveStep(caseFile.getId(), consultant, actions);
	}

}
