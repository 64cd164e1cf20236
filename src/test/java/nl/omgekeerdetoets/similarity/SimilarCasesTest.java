package nl.omgekeerdetoets.similarity;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.omgekeerdetoets.audit.CaseReads;
import nl.omgekeerdetoets.cases.CasePolicy;
import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.StatementRecorder;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.support.TestFixtures.TestAccount;
import nl.omgekeerdetoets.support.TestFixtures.TestTeam;
import nl.omgekeerdetoets.teams.Role;
import nl.omgekeerdetoets.teams.SignedInUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The similarity list: which earlier cases it ranks first, and what of them each reader
 * sees. The case at hand holds only words no other test writes, so the cases and entries
 * of other tests in the shared database never come between them.
 */
@IntegrationTest
class SimilarCasesTest {

	@Autowired
	SimilarCases similarCases;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	StatementRecorder recorder;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	CasePolicy policy;

	@Autowired
	CaseReads caseReads;

	SimilarCaseRows rows;

	TestTeam team;

	TestAccount consultant;

	TestAccount colleague;

	TestAccount lead;

	TestTeam otherTeam;

	TestAccount otherConsultant;

	TestAccount otherLead;

	// The words of this test's theme: a mobility scooter for the shopping.
	String scooter = SimilarCaseRows.word("scootmobiel");

	String shopping = SimilarCaseRows.word("boodschap");

	String market = SimilarCaseRows.word("weekmarkt");

	String daughter = SimilarCaseRows.word("dochterzorg");

	String debts = SimilarCaseRows.word("huurschuld");

	@BeforeEach
	void teams() {
		this.rows = new SimilarCaseRows(this.jdbc);
		this.team = this.fixtures.team(false);
		this.consultant = this.fixtures.account(Role.CONSULTANT, this.team);
		this.colleague = this.fixtures.account(Role.CONSULTANT, this.team);
		this.lead = this.fixtures.account(Role.TEAM_LEAD, this.team);
		this.otherTeam = this.fixtures.team(true);
		this.otherConsultant = this.fixtures.account(Role.CONSULTANT, this.otherTeam);
		this.otherLead = this.fixtures.account(Role.TEAM_LEAD, this.otherTeam);
	}

	/** The consultant's draft on step 4: a scooter to do the shopping at the market. */
	SimilarCaseRows.Row caseAtHand(Long... goals) {
		// Only this test's own words (and stop words): the cases and entries of other
		// tests in the same database share none of them, so they never enter the list.
		return this.rows.caseOf(this.team, this.consultant, "DRAFT")
			.title("Naar de " + this.market)
			.question("Een " + this.scooter + " voor de " + this.shopping)
			.effects(this.shopping + " op de " + this.market, "Van de " + this.daughter)
			.goals(goals)
			.save();
	}

	@Test
	void theCaseWithTheSameEffectsQuestionAndGoalsComesFirst() {
		List<Long> goals = this.rows.goals();
		SimilarCaseRows.Row atHand = caseAtHand(goals.get(0), goals.get(1));
		SimilarCaseRows.Row partly = this.rows.caseOf(this.team, this.consultant, "EVALUATED")
			.title("Hulp bij de " + this.shopping)
			.question("Meneer vraagt hulp bij de " + this.shopping)
			.effects("Eten in huis")
			.save();
		SimilarCaseRows.Row closest = this.rows.caseOf(this.team, this.consultant, "APPROVED")
			.title("Met de " + this.scooter + " naar de " + this.market)
			.question("Inwoner vraagt een " + this.scooter + " om de " + this.shopping + " te doen")
			.effects("Zelf " + this.shopping + " doen op de " + this.market,
					"Niet meer afhankelijk van " + this.daughter)
			.goals(goals.get(0), goals.get(1))
			.save();
		// The same texts as "partly", but two law goals in common: the goals lift it.
		SimilarCaseRows.Row partlyWithGoals = this.rows.caseOf(this.team, this.consultant, "APPROVED")
			.title("Hulp bij de " + this.shopping)
			.question("Meneer vraagt hulp bij de " + this.shopping)
			.effects("Eten in huis")
			.goals(goals.get(0), goals.get(1))
			.save();
		SimilarCaseRows.Row unrelated = this.rows.caseOf(this.team, this.consultant, "APPROVED")
			.title("Schulden")
			.question("Brief over " + this.debts)
			.effects("Geen " + this.debts + " meer")
			.save();
		SimilarCaseRows.Row notYetApproved = this.rows.caseOf(this.team, this.consultant, "IN_REVIEW")
			.title("Met de " + this.scooter + " naar de " + this.market)
			.question("Inwoner vraagt een " + this.scooter + " om de " + this.shopping + " te doen")
			.effects("Zelf " + this.shopping + " doen op de " + this.market)
			.save();

		List<SimilarCase> list = this.similarCases.of(atHand.id(), signedIn(this.consultant), null);

		assertThat(list).extracting((c) -> c.own().caseId())
			.startsWith(closest.id(), partlyWithGoals.id(), partly.id())
			.doesNotContain(atHand.id(), unrelated.id(), notYetApproved.id());
		assertThat(list.get(1).sharedGoals()).isEqualTo(2);
		assertThat(list.get(2).sharedGoals()).isZero();
		assertThat(list).hasSizeLessThanOrEqualTo(SimilarCaseQuery.LIMIT);
	}

	@Test
	void ownCasesShowTheDecisionSolutionCostsAndWhy() {
		SimilarCaseRows.Row atHand = caseAtHand();
		SimilarCaseRows.Row earlier = this.rows.caseOf(this.team, this.consultant, "APPROVED")
			.title("Met de " + this.scooter + " naar de " + this.market)
			.effects("Zelf " + this.shopping + " doen op de " + this.market)
			.solution("Een " + this.scooter + " in bruikleen", "SUSTAINABLE", "Zij kan weer zelf naar buiten")
			.costs("1850.00", "1250.00")
			.save();
		this.jdbc.sql("update case_file set decision_kind = 'MAATWERK' where id = ?").param(earlier.id()).update();

		SimilarCase.Own own = this.similarCases.of(atHand.id(), signedIn(this.consultant), null).get(0).own();

		assertThat(own.caseId()).isEqualTo(earlier.id());
		assertThat(own.reference()).isEqualTo(earlier.reference());
		assertThat(own.status()).hasToString("APPROVED");
		assertThat(own.solutionKind()).hasToString("SUSTAINABLE");
		assertThat(own.solution()).isEqualTo("Een " + this.scooter + " in bruikleen");
		assertThat(own.solutionKindReason()).isEqualTo("Zij kan weer zelf naar buiten");
		assertThat(own.costDifference()).isEqualByComparingTo("600.00");
		assertThat(own.outcome()).isNull();
		assertThat(own.decisionKind()).isEqualTo("MAATWERK");
	}

	@Test
	void anotherTeamsCaseIsShownOnlyThroughItsPublishedEntryAndNothingElseOfItLeaks() throws Exception {
		SimilarCaseRows.Row atHand = caseAtHand();
		String secret = SimilarCaseRows.word("geheim");
		// Alike in every word, but of another team: its title, reference, resident and
		// texts are not the reader's to see.
		SimilarCaseRows.Row hidden = otherTeamsCase(secret);
		SimilarCaseRows.Row unshared = otherTeamsCase(secret);
		this.rows.exemplary(unshared, this.otherLead.getId(), false, "Niet gedeeld " + secret, "Niet gedeeld");
		SimilarCaseRows.Row inDraftEdition = otherTeamsCase(secret);
		this.rows.casebookEntry(inDraftEdition, this.otherTeam.getId(), this.otherLead.getId(), "Concept " + secret,
				"Concept", "DRAFT");
		SimilarCaseRows.Row exemplary = otherTeamsCase(secret);
		String exemplaryTitle = SimilarCaseRows.word("voorbeeld");
		long exemplaryId = this.rows.exemplary(exemplary, this.otherLead.getId(), true, exemplaryTitle,
				"Een scootmobiel en een vaste boodschappenronde");
		SimilarCaseRows.Row inCasebook = otherTeamsCase(secret);
		String casebookTitle = SimilarCaseRows.word("casusboek");
		long casebookId = this.rows.casebookEntry(inCasebook, this.otherTeam.getId(), this.otherLead.getId(),
				casebookTitle, "Een oudere vrouw die niet meer zelf winkelt", "PUBLISHED");
		// A colleague's case, in a team that does not share its cases with its members.
		SimilarCaseRows.Row colleagues = this.rows.caseOf(this.team, this.colleague, "APPROVED")
			.title("Collega " + secret + " " + this.scooter)
			.effects("Zelf " + this.shopping + " doen op de " + this.market)
			.save();

		List<SimilarCase> list = this.similarCases.of(atHand.id(), signedIn(this.consultant), null);

		assertThat(list).hasSize(2).allSatisfy((c) -> {
			assertThat(c.own()).isNull();
			assertThat(c.entry()).isNotNull();
		});
		assertThat(list).extracting(SimilarCase::target)
			.containsExactlyInAnyOrder("exemplary-" + exemplaryId, "casebook-" + casebookId);
		assertThat(list).extracting((c) -> c.entry().title()).containsExactlyInAnyOrder(exemplaryTitle, casebookTitle);

		MvcTestResult result = this.mvc
			.perform(get("/cases/" + atHand.id() + "/steps/action").with(user(signedIn(this.consultant))));
		assertThat(result).hasStatusOk();
		String page = result.getResponse().getContentAsString();
		assertThat(page).contains(exemplaryTitle, casebookTitle, "Een oudere vrouw die niet meer zelf winkelt");
		for (SimilarCaseRows.Row other : List.of(hidden, unshared, inDraftEdition, exemplary, inCasebook, colleagues)) {
			assertThat(page).doesNotContain(other.reference(), "/cases/" + other.id() + "\"", "case-" + other.id());
		}
		assertThat(page).doesNotContain(secret, "mevr. Geheim", "Niet gedeeld", "Concept " + secret);

		// The lead of the team reads every case of it, the colleague's too.
		assertThat(this.similarCases.of(atHand.id(), signedIn(this.lead), null)).extracting(SimilarCase::own)
			.extracting((own) -> (own != null) ? own.caseId() : null)
			.contains(colleagues.id());
	}

	@Test
	void theReviewPageLogsTheOtherConsultantsCasesItsListShowedByReference() throws Exception {
		SimilarCaseRows.Row inReview = this.rows.caseOf(this.team, this.consultant, "IN_REVIEW")
			.title("Naar de " + this.market)
			.question("Een " + this.scooter + " voor de " + this.shopping)
			.effects(this.shopping + " op de " + this.market)
			.save();
		SimilarCaseRows.Row colleagues = this.rows.caseOf(this.team, this.colleague, "APPROVED")
			.title("Met de " + this.scooter + " naar de " + this.market)
			.effects("Zelf " + this.shopping + " doen op de " + this.market)
			.save();

		MvcTestResult page = this.mvc.perform(get("/review/cases/" + inReview.id()).with(user(signedIn(this.lead))));

		assertThat(page).hasStatusOk();
		assertThat(page.getResponse().getContentAsString()).contains(colleagues.reference());
		this.caseReads.flush();
		assertThat(this.jdbc.sql("""
				select detail from audit_event
				where action = 'SIMILAR_CASES_SHOWN' and subject_type = 'CASE' and subject_id = ? and actor = ?
				""").param(inReview.id()).param(this.lead.getUsername()).query(String.class).list())
			.singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.contains(colleagues.reference())
			.doesNotContain(this.scooter, this.market);
	}

	@Test
	void someoneWhoMayNotReadTheCaseGetsNoList() {
		SimilarCaseRows.Row atHand = caseAtHand();
		this.rows.caseOf(this.team, this.consultant, "APPROVED")
			.title("Met de " + this.scooter + " naar de " + this.market)
			.save();

		assertThat(this.similarCases.of(atHand.id(), signedIn(this.colleague), null)).isEmpty();
		assertThat(this.similarCases.of(atHand.id(), signedIn(this.otherLead), null)).isEmpty();
	}

	@Test
	void theListIsOneStatementWhateverItsLength() throws Exception {
		SimilarCaseRows.Row atHand = caseAtHand();
		for (int i = 0; i < 8; i++) {
			SimilarCaseRows.Row earlier = this.rows.caseOf(this.team, this.consultant, "EVALUATED")
				.title("Met de " + this.scooter + " naar de " + this.market + " " + i)
				.effects("Zelf " + this.shopping + " doen", "Naar de " + this.market)
				.costs("100.00", "50.00")
				.save();
			this.rows.exemplary(earlier, this.lead.getId(), true, "Voorbeeld " + i, "Samenvatting");
		}
		SignedInUser reader = signedIn(this.consultant);
		// As on a page: the reader's teams were read for the case itself, once per
		// request.
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
		try {
			this.policy.readableTeamIds(reader);
			StatementRecorder.Recording recording = this.recorder
				.record(() -> this.similarCases.of(atHand.id(), reader, null));

			assertThat(recording.statements()).hasSize(1);
		}
		finally {
			RequestContextHolder.resetRequestAttributes();
		}
	}

	/**
	 * Who may find a case is kept in the search table by V26's triggers: sharing an
	 * exemplary case or publishing an edition lets other teams find it, unsharing or
	 * withdrawing takes that back, a move to another team follows, and a case no longer
	 * approved or evaluated leaves the table.
	 */
	@Test
	void theSearchTableFollowsWhoMayFindTheCase() {
		SimilarCaseRows.Row atHand = caseAtHand();
		SimilarCaseRows.Row shared = otherTeamsCase(SimilarCaseRows.word("gedeeld"));
		long exemplaryId = this.rows.exemplary(shared, this.otherLead.getId(), false, "Voorbeeld", "Samenvatting");
		SimilarCaseRows.Row published = otherTeamsCase(SimilarCaseRows.word("gepubliceerd"));
		this.rows.casebookEntry(published, this.otherTeam.getId(), this.otherLead.getId(), "Casusboek", "Situatie",
				"DRAFT");
		assertThat(findable(atHand)).isEmpty();

		this.jdbc.sql("update exemplary_case set share_organisation = true where id = ?").param(exemplaryId).update();
		this.jdbc
			.sql("""
					update casebook_edition set status = 'PUBLISHED', snapshot = '{}'::jsonb
					where id = (select ee.edition_id from casebook_edition_entry ee join casebook_entry b on b.id = ee.entry_id
					  where b.case_id = ?)""")
			.param(published.id())
			.update();
		assertThat(findable(atHand)).containsExactlyInAnyOrder(shared.id(), published.id());
		assertThat(searchRow(shared.id())).containsEntry("published", true)
			.containsEntry("team_id", this.otherTeam.getId());

		this.jdbc.sql("update exemplary_case set share_organisation = false where id = ?").param(exemplaryId).update();
		this.jdbc
			.sql("""
					update casebook_edition set status = 'WITHDRAWN'
					where id = (select ee.edition_id from casebook_edition_entry ee join casebook_entry b on b.id = ee.entry_id
					  where b.case_id = ?)""")
			.param(published.id())
			.update();
		assertThat(findable(atHand)).isEmpty();

		// Moved to the reader's team: found as a case of their own team.
		this.jdbc.sql("update case_file set team_id = ?, owner_id = ? where id = ?")
			.params(this.team.getId(), this.colleague.getId(), shared.id())
			.update();
		assertThat(searchRow(shared.id())).containsEntry("published", false)
			.containsEntry("team_id", this.team.getId());
		assertThat(this.similarCases.of(atHand.id(), signedIn(this.lead), null)).extracting(SimilarCase::target)
			.containsExactly("case-" + shared.id());

		this.jdbc.sql("update case_file set status = 'IN_REVIEW' where id = ?").param(shared.id()).update();
		assertThat(this.jdbc.sql("select count(*) from similar_case where case_id = ?")
			.param(shared.id())
			.query(Long.class)
			.single()).isZero();
	}

	/** The cases the consultant's list offers (the ones they may see). */
	private List<Long> findable(SimilarCaseRows.Row atHand) {
		return this.similarCases.of(atHand.id(), signedIn(this.consultant), null)
			.stream()
			.map(SimilarCase::entry)
			.map((entry) -> this.jdbc.sql("""
					select case_id from exemplary_case where id = :id and :kind = 'EXEMPLARY'
					union all select case_id from casebook_entry where id = :id and :kind = 'CASEBOOK'""")
				.param("id", entry.id())
				.param("kind", entry.kind().name())
				.query(Long.class)
				.single())
			.toList();
	}

	private Map<String, Object> searchRow(long caseId) {
		return this.jdbc.sql("select team_id, published from similar_case where case_id = ?")
			.param(caseId)
			.query()
			.singleRow();
	}

	/**
	 * On generated data where every case shares the words of the case at hand (the worst
	 * case: no rare word), nine in ten of them in a team the consultant may not read: the
	 * GIN index finds only what the reader may see, and the candidates read are bounded
	 * by {@link SimilarCaseQuery#CANDIDATES}, not by the number of matches. The rows are
	 * rolled back afterwards.
	 */
	@Test
	void theIndexFindsOnlyWhatTheReaderMaySeeAndABoundedNumberOfThem() {
		SimilarCaseRows.Row atHand = caseAtHand();
		int generated = 20_000;
		String plan = this.transaction.execute((status) -> {
			status.setRollbackOnly();
			this.jdbc.sql("""
					insert into case_file (reference, title, resident, question_as_asked, team_id, owner_id, status,
					  current_step, solution, created_at, updated_at)
					select 'G-' || i || '-' || :team, 'Casus ' || i || ' ' || :words, 'dhr. B.',
					  'Vraag over onderwerp' || (i % 300) || ' en thema' || (i % 70),
					  case when i % 10 = 0 then :team else :other end,
					  case when i % 10 = 0 then :owner else :otherOwner end,
					  case when i % 20 = 0 then 'DRAFT' else 'APPROVED' end, 5,
					  'Oplossing ' || (i % 40), now(), now()
					from generate_series(1, :generated) i""")
				.param("team", this.team.getId())
				.param("owner", this.consultant.getId())
				.param("other", this.otherTeam.getId())
				.param("otherOwner", this.otherConsultant.getId())
				.param("words", String.join(" ", this.market, this.scooter, this.shopping, this.daughter))
				.param("generated", generated)
				.update();
			// What autovacuum does after many inserts: the index's pending list merged,
			// the
			// statistics of the terms taken.
			this.jdbc.sql("select gin_clean_pending_list('similar_case_terms')").query(Long.class).single();
			this.jdbc.sql("analyze similar_case").update();
			return this.jdbc.sql("explain (analyze, buffers) " + SimilarCaseQuery.SQL)
				.param("case", atHand.id())
				.param("user", this.consultant.getId())
				.param("teams", new Long[] { this.team.getId() })
				.param("terms", SimilarCaseQuery.TERMS)
				.param("rare", SimilarCaseQuery.RARE_TERMS)
				.param("reach", SimilarCaseQuery.REACH)
				.param("candidates", SimilarCaseQuery.CANDIDATES)
				.param("bonus", SimilarCaseQuery.GOAL_BONUS)
				.param("limit", SimilarCaseQuery.LIMIT)
				.param("extra", 0L)
				.query(String.class)
				.list()
				.stream()
				.reduce("", (a, b) -> a + "\n" + b);
		});

		assertThat(plan).contains("Bitmap Index Scan on similar_case_terms");
		String heapScan = node(plan, "Bitmap Heap Scan on similar_case");
		// Had the index not known the reader's team, nine rows would be read and thrown
		// away for every one ranked.
		assertThat(number(heapScan, "Rows Removed by Filter: (\\d+)")).isZero();
		assertThat(number(heapScan, "rows=(\\d+) loops").intValue()).isEqualTo(SimilarCaseQuery.CANDIDATES);
		assertThat(number(heapScan, "exact=(\\d+)")).isLessThanOrEqualTo(SimilarCaseQuery.CANDIDATES);
	}

	/** The lines of one node of a text plan: its own line and its details. */
	private static String node(String plan, String name) {
		int start = plan.indexOf(name);
		assertThat(start).as(plan).isNotNegative();
		int end = plan.indexOf("->", start);
		return plan.substring(start, (end < 0) ? plan.length() : end);
	}

	/** The first number the pattern captures in the text; 0 when it is absent. */
	private static Long number(String text, String pattern) {
		Matcher matcher = Pattern.compile(pattern).matcher(text);
		return matcher.find() ? Long.parseLong(matcher.group(1)) : 0L;
	}

	private SimilarCaseRows.Row otherTeamsCase(String secret) {
		return this.rows.caseOf(this.otherTeam, this.otherConsultant, "APPROVED")
			.title("Met de " + this.scooter + " naar de " + this.market + " " + secret)
			.resident("mevr. Geheim")
			.question("Inwoner vraagt een " + this.scooter + " om de " + this.shopping + " te doen " + secret)
			.effects("Zelf " + this.shopping + " doen op de " + this.market,
					"Niet meer afhankelijk van " + this.daughter)
			.solution("Geheime oplossing " + secret, "SUSTAINABLE", "Geheime reden " + secret)
			.save();
	}

	private SignedInUser signedIn(TestAccount account) {
		return this.fixtures.signedIn(account);
	}

}
