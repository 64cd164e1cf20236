package nl.omgekeerdetoets.cases;

import java.util.List;

import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.support.TestFixtures.TestAccount;
import nl.omgekeerdetoets.support.TestFixtures.TestTeam;
import nl.omgekeerdetoets.teams.Role;
import nl.omgekeerdetoets.teams.SignedInUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Issue 13: the case lists read a page from the front of index ranges, merge the teams of
 * a lead in one order, find titles by any part of a word, and stop counting at a limit
 * without losing the way to further pages.
 */
@IntegrationTest
class CaseListTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	CaseFixtures cases;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aLeadOfTwoTeamsSeesTheirCasesMergedInOneOrder() {
		TestTeam north = this.fixtures.team();
		TestTeam south = this.fixtures.team();
		SignedInUser lead = this.fixtures.signedIn(this.fixtures.account(Role.TEAM_LEAD, north, south));
		SignedInUser inNorth = this.fixtures.signedIn(this.fixtures.account(Role.CONSULTANT, north));
		SignedInUser inSouth = this.fixtures.signedIn(this.fixtures.account(Role.CONSULTANT, south));
		List<Long> opened = new java.util.ArrayList<>();
		for (int i = 0; i < 3; i++) {
			opened.add(this.cases.draft(inNorth).getId());
			opened.add(this.cases.draft(inSouth).getId());
		}
		// Newest change first, across both teams, three to a page.
		assertThat(rows("/cases/team?size=3", lead)).containsExactly(opened.get(5), opened.get(4), opened.get(3));
		assertThat(rows("/cases/team?size=3&page=1", lead)).containsExactly(opened.get(2), opened.get(1),
				opened.get(0));
		assertThat(rows("/cases/team?size=3&team=" + south.getId(), lead)).containsExactly(opened.get(5), opened.get(3),
				opened.get(1));
		assertThat(rows("/cases/team?sort=reference&size=2", lead)).containsExactly(opened.get(5), opened.get(4));
	}

	@Test
	void theDomainFilterFollowsACaseToItsNewTeam() {
		TestTeam north = this.fixtures.team();
		TestTeam south = this.fixtures.team();
		SignedInUser lead = this.fixtures.signedIn(this.fixtures.account(Role.TEAM_LEAD, north, south));
		SignedInUser inNorth = this.fixtures.signedIn(this.fixtures.account(Role.CONSULTANT, north));
		CaseFile moved = this.cases.draft(inNorth);
		String domain = this.jdbc.sql("select min(domain) from case_domain where case_id = ?")
			.param(moved.getId())
			.query(String.class)
			.single();
		String filter = "/cases/team?domain=" + domain + "&team=";
		assertThat(rows(filter + north.getId(), lead)).containsExactly(moved.getId());

		this.jdbc.sql("update case_file set team_id = ? where id = ?").params(south.getId(), moved.getId()).update();

		assertThat(rows(filter + north.getId(), lead)).isEmpty();
		assertThat(rows(filter + south.getId(), lead)).containsExactly(moved.getId());
	}

	@Test
	void theStatusCountsFollowEveryCaseOpenedSubmittedMovedHandedOverOrDeleted() {
		TestTeam north = this.fixtures.team();
		TestTeam south = this.fixtures.team();
		SignedInUser lead = this.fixtures.signedIn(this.fixtures.account(Role.TEAM_LEAD, north, south));
		SignedInUser consultant = this.fixtures.signedIn(this.fixtures.account(Role.CONSULTANT, north));
		SignedInUser colleague = this.fixtures.signedIn(this.fixtures.account(Role.CONSULTANT, north));
		CaseFile moving = this.cases.draft(consultant);
		this.cases.draft(consultant);
		this.cases.submitted(consultant);
		String northList = "/cases/team?team=" + north.getId();
		String southList = "/cases/team?team=" + south.getId();
		assertThat(count(northList, lead, CaseStatus.DRAFT)).isEqualTo(2);
		assertThat(count(northList, lead, CaseStatus.IN_REVIEW)).isEqualTo(1);
		assertThat(count("/cases", consultant, CaseStatus.DRAFT)).isEqualTo(2);
		assertThat(count("/cases", consultant, CaseStatus.IN_REVIEW)).isEqualTo(1);

		// To the other team, and to a colleague.
		this.jdbc.sql("update case_file set team_id = ?, owner_id = ? where id = ?")
			.params(south.getId(), colleague.id(), moving.getId())
			.update();
		assertThat(count(northList, lead, CaseStatus.DRAFT)).isEqualTo(1);
		assertThat(count(southList, lead, CaseStatus.DRAFT)).isEqualTo(1);
		assertThat(count("/cases", consultant, CaseStatus.DRAFT)).isEqualTo(1);
		assertThat(count("/cases", colleague, CaseStatus.DRAFT)).isEqualTo(1);

		// Deleted, as the retention run deletes.
		this.jdbc.sql("delete from case_file where id = ?").param(moving.getId()).update();
		assertThat(count(southList, lead, CaseStatus.DRAFT)).isZero();
		assertThat(count("/cases", colleague, CaseStatus.DRAFT)).isZero();
		assertThat(count(northList, lead, CaseStatus.IN_REVIEW)).isEqualTo(1);
	}

	@Test
	void aSearchFindsAnyPartOfATitleOrReferenceAndTakesWildcardsLiterally() {
		TestTeam team = this.fixtures.team();
		SignedInUser consultant = this.fixtures.signedIn(this.fixtures.account(Role.CONSULTANT, team));
		CaseFile scooter = this.cases.draft(consultant);
		this.jdbc.sql("update case_file set title = 'Scootmobiel voor de markt' where id = ?")
			.param(scooter.getId())
			.update();
		CaseFile other = this.cases.draft(consultant);
		assertThat(rows("/cases?q=SCOOT", consultant)).containsExactly(scooter.getId());
		assertThat(rows("/cases?q=" + other.getReference().substring(2), consultant)).contains(other.getId())
			.doesNotContain(scooter.getId());
		assertThat(rows("/cases?q=%25", consultant)).isEmpty();
		assertThat(rows("/cases?q=_", consultant)).isEmpty();
	}

	@Test
	void countsStopAtTheLimitAndThePagesRunOn() {
		TestTeam team = this.fixtures.team();
		TestAccount consultant = this.fixtures.account(Role.CONSULTANT, team);
		TestAccount lead = this.fixtures.account(Role.TEAM_LEAD, team);
		int many = CaseListPage.COUNT_LIMIT + 5;
		this.jdbc.sql("""
				insert into case_file (reference, title, resident, question_as_asked, team_id, owner_id, status,
				                       created_at, updated_at)
				select 'L' || :team || '-' || n, 'Casus ' || n, 'mevr. L.', 'Vraag', :team, :owner, 'DRAFT',
				       now(), now() - n * interval '1 minute'
				from generate_series(1, :many) as n
				""").param("team", team.getId()).param("owner", consultant.getId()).param("many", many).update();
		this.jdbc.sql("analyze case_file").update();

		MvcTestResult first = this.mvc
			.perform(get("/cases/team").header("Accept-Language", "nl").with(user(this.fixtures.signedIn(lead))));
		assertThat(first).hasStatusOk()
			.bodyText()
			.contains("Meer dan 1.000 casussen")
			.contains("meer dan 1.000")
			.contains("Pagina 1<")
			.contains("rel=\"next\"");
		// The last page is found by following the pages, and says it is the last.
		int lastPage = (many - 1) / 20;
		MvcTestResult last = this.mvc.perform(get("/cases/team").param("page", String.valueOf(lastPage))
			.header("Accept-Language", "nl")
			.with(user(this.fixtures.signedIn(lead))));
		assertThat(last).hasStatusOk().bodyText().doesNotContain("rel=\"next\"").contains("rel=\"prev\"");
		assertThat(rows("/cases/team?page=" + lastPage, this.fixtures.signedIn(lead))).hasSize(many - lastPage * 20);
	}

	@Test
	void aSmallListSaysExactlyHowManyAndHowManyPages() {
		TestTeam team = this.fixtures.team();
		SignedInUser consultant = this.fixtures.signedIn(this.fixtures.account(Role.CONSULTANT, team));
		for (int i = 0; i < 3; i++) {
			this.cases.draft(consultant);
		}
		assertThat(this.mvc.perform(get("/cases?size=2").header("Accept-Language", "nl").with(user(consultant))))
			.hasStatusOk()
			.bodyText()
			.contains("3 casussen")
			.contains("Pagina 1 van 2");
	}

	private long count(String url, SignedInUser user, CaseStatus status) {
		MvcTestResult result = this.mvc.perform(get(url).with(user(user)));
		assertThat(result).hasStatusOk();
		return ((CaseListPage) result.getMvcResult().getModelAndView().getModel().get("list")).count(status);
	}

	private List<Long> rows(String url, SignedInUser user) {
		MvcTestResult result = this.mvc.perform(get(url).with(user(user)));
		assertThat(result).hasStatusOk();
		CaseListPage page = (CaseListPage) result.getMvcResult().getModelAndView().getModel().get("list");
		return page.rows().stream().map(CaseRow::id).toList();
	}

}
