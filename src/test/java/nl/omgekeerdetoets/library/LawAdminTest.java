package nl.omgekeerdetoets.library;

import java.nio.charset.StandardCharsets;

import nl.omgekeerdetoets.audit.AuditEntry;
import nl.omgekeerdetoets.audit.AuditLog;
import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.teams.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@IntegrationTest
class LawAdminTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	LawService laws;

	@Autowired
	AuditLog auditLog;

	RequestPostProcessor admin;

	@BeforeEach
	void signInAsAdmin() {
		this.admin = SecurityMockMvcRequestPostProcessors
			.user(this.fixtures.signedIn(this.fixtures.account(Role.ADMIN)));
	}

	@Test
	void adminCreatesALawAndFindsItInTheList() {
		String name = TestFixtures.unique("Wet inburgering");
		MvcTestResult created = this.mvc.perform(post("/admin/laws/new").param("name", name)
			.param("purpose", "Nieuwkomers doen snel mee.")
			.param("position", "50")
			.param("active", "true")
			.with(csrf())
			.with(this.admin));
		assertThat(created).hasStatus(HttpStatus.FOUND).flash().containsEntry("saved", "law.created");
		String location = created.getResponse().getRedirectedUrl();
		assertThat(location).matches("/admin/laws/\\d+");
		assertThat(this.laws.get(Long.parseLong(location.substring("/admin/laws/".length()))).getName())
			.isEqualTo(name);

		assertThat(this.mvc
			.perform(get("/admin/laws").param("size", "1000").header("Accept-Language", "nl").with(this.admin)))
			.hasStatusOk()
			.bodyText()
			.contains(">" + name + "</a>")
			.contains("Nieuwkomers doen snel mee.");
		assertThat(this.mvc.perform(get(created.getResponse().getRedirectedUrl()).with(this.admin))).hasStatusOk()
			.bodyText()
			.contains(name);
	}

	@Test
	void listShowsGoalCountsAndWhetherALawIsInUse() throws Exception {
		Law retired = law();
		goal(retired);
		LawGoal retiredGoal = goal(retired);
		this.laws.retireGoal(retired.getId(), retiredGoal.getId());
		this.laws.update(retired.getId(), retired.getVersion(),
				new LawDetails(retired.getName(), null, retired.getPosition(), false));

		String page = this.mvc
			.perform(get("/admin/laws").param("size", "1000").header("Accept-Language", "nl").with(this.admin))
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(rowOf(page, retired.getName())).contains(">1 doel<")
			.contains(">en 1 buiten gebruik<")
			.contains("class=\"status status-muted\">Buiten gebruik<");
		assertThat(rowOf(page, "Wmo 2015")).contains(">5 doelen<")
			.doesNotContain("buiten gebruik")
			.contains("class=\"status status-ok\">In gebruik<");
	}

	@Test
	void duplicateNameIsAFieldErrorWhateverTheCase() {
		assertThat(this.mvc.perform(post("/admin/laws/new").param("name", "WMO 2015")
			.param("position", "1")
			.header("Accept-Language", "nl")
			.with(csrf())
			.with(this.admin))).hasStatusOk()
			.model()
			.extractingBindingResult("lawForm")
			.hasFieldErrorCode("name", "law.name.taken");
	}

	@Test
	void renamingToAnotherLawsNameIsAFieldErrorShownAtTheField() {
		Law law = law();
		assertThat(this.mvc.perform(post("/admin/laws/{id}", law.getId()).param("name", "jeugdwet")
			.param("position", "1")
			.param("version", String.valueOf(law.getVersion()))
			.header("Accept-Language", "nl")
			.with(csrf())
			.with(this.admin))).hasStatusOk()
			.bodyText()
			.contains("id=\"error-summary\"")
			.contains("id=\"name-error\"")
			.contains("Deze wet staat al in de bibliotheek.");
		assertThat(this.laws.get(law.getId()).getName()).isEqualTo(law.getName());
	}

	@Test
	void blankNameAndMissingPositionAreRefused() {
		assertThat(this.mvc
			.perform(post("/admin/laws/new").param("name", " ").param("position", "").with(csrf()).with(this.admin)))
			.hasStatusOk()
			.model()
			.extractingBindingResult("lawForm")
			.hasFieldErrorCode("name", "NotBlank")
			.hasFieldErrorCode("position", "NotNull");
	}

	@Test
	void adminAddsAGoalThatThenShowsOnTheLawsPage() {
		Law law = law();
		String description = TestFixtures.unique("Inwoners leren de taal");
		assertThat(this.mvc.perform(get("/admin/laws/{id}/goals/new", law.getId()).with(this.admin))).hasStatusOk();
		assertThat(this.mvc.perform(post("/admin/laws/{id}/goals/new", law.getId()).param("description", description)
			.param("articleReference", "art. 2 lid 1")
			.param("position", "10")
			.with(csrf())
			.with(this.admin))).hasRedirectedUrl("/admin/laws/" + law.getId())
			.flash()
			.containsEntry("saved", "lawGoal.added");

		assertThat(this.laws.get(law.getId()).getGoals()).singleElement().satisfies((goal) -> {
			assertThat(goal.getDescription()).isEqualTo(description);
			assertThat(goal.getArticleReference()).isEqualTo("art. 2 lid 1");
			assertThat(goal.isActive()).isTrue();
		});
		assertThat(this.mvc.perform(get("/admin/laws/{id}", law.getId()).with(this.admin))).hasStatusOk()
			.bodyText()
			.contains(description)
			.contains("art. 2 lid 1");
	}

	@Test
	void goalWithoutDescriptionIsRefused() {
		Law law = law();
		assertThat(this.mvc.perform(post("/admin/laws/{id}/goals/new", law.getId()).param("description", "")
			.param("position", "10")
			.with(csrf())
			.with(this.admin))).hasStatusOk()
			.model()
			.extractingBindingResult("lawGoalForm")
			.hasFieldErrorCode("description", "NotBlank");
		assertThat(this.laws.get(law.getId()).getGoals()).isEmpty();
	}

	@Test
	void adminEditsAGoal() {
		Law law = law();
		LawGoal goal = goal(law);
		assertThat(this.mvc.perform(get("/admin/laws/{id}/goals/{goalId}", law.getId(), goal.getId()).with(this.admin)))
			.hasStatusOk()
			.bodyText()
			.contains(goal.getDescription());

		assertThat(this.mvc.perform(post("/admin/laws/{id}/goals/{goalId}", law.getId(), goal.getId())
			.param("description", "Beter omschreven doel")
			.param("articleReference", "")
			.param("position", "5")
			.param("version", String.valueOf(goal.getVersion()))
			.with(csrf())
			.with(this.admin))).hasRedirectedUrl("/admin/laws/" + law.getId())
			.flash()
			.containsEntry("saved", "lawGoal.saved");

		LawGoal saved = this.laws.getGoal(law.getId(), goal.getId());
		assertThat(saved.getDescription()).isEqualTo("Beter omschreven doel");
		assertThat(saved.getArticleReference()).isNull();
		assertThat(saved.getPosition()).isEqualTo(5);
	}

	@Test
	void retiredGoalIsShownAsRetiredAndCanBeRestored() {
		Law law = law();
		LawGoal goal = goal(law);
		assertThat(
				this.mvc.perform(post("/admin/laws/{id}/goals/{goalId}/retire", law.getId(), goal.getId()).with(csrf())
					.with(this.admin)))
			.hasRedirectedUrl("/admin/laws/" + law.getId())
			.flash()
			.containsEntry("saved", "lawGoal.retired");
		assertThat(this.laws.getGoal(law.getId(), goal.getId()).isActive()).isFalse();

		assertThat(
				this.mvc.perform(get("/admin/laws/{id}", law.getId()).header("Accept-Language", "nl").with(this.admin)))
			.hasStatusOk()
			.bodyText()
			.contains("class=\"goal-retired\"")
			.contains("class=\"status status-muted\">Buiten gebruik<")
			.contains("/admin/laws/" + law.getId() + "/goals/" + goal.getId() + "/restore")
			.doesNotContain("/goals/" + goal.getId() + "/retire");

		assertThat(
				this.mvc.perform(post("/admin/laws/{id}/goals/{goalId}/restore", law.getId(), goal.getId()).with(csrf())
					.with(this.admin)))
			.hasRedirectedUrl("/admin/laws/" + law.getId());
		assertThat(this.laws.getGoal(law.getId(), goal.getId()).isActive()).isTrue();
	}

	@Test
	void staleLawVersionKeepsTheInputAndSaysSomeoneElseChangedIt() {
		Law law = law();
		long openedVersion = law.getVersion();
		this.laws.update(law.getId(), openedVersion, new LawDetails(law.getName() + " (nieuw)", null, 1000, true));

		String myName = TestFixtures.unique("mijn wet");
		assertThat(this.mvc.perform(post("/admin/laws/{id}", law.getId()).param("name", myName)
			.param("purpose", "Mijn omschrijving")
			.param("position", "7")
			.param("version", String.valueOf(openedVersion))
			.header("Accept-Language", "nl")
			.with(csrf())
			.with(this.admin))).hasStatusOk()
			.bodyText()
			.contains(myName)
			.contains("Mijn omschrijving")
			.contains("Iemand anders heeft dit intussen gewijzigd.");
		assertThat(this.laws.get(law.getId()).getName()).isEqualTo(law.getName() + " (nieuw)");
	}

	@Test
	void staleGoalVersionKeepsTheInput() {
		Law law = law();
		LawGoal goal = goal(law);
		this.laws.updateGoal(law.getId(), goal.getId(), goal.getVersion(),
				new LawGoalDetails("Eerder opgeslagen", null, 10));

		assertThat(this.mvc.perform(
				post("/admin/laws/{id}/goals/{goalId}", law.getId(), goal.getId()).param("description", "Wat ik typte")
					.param("position", "10")
					.param("version", String.valueOf(goal.getVersion()))
					.with(csrf())
					.with(this.admin)))
			.hasStatusOk()
			.bodyText()
			.contains("Wat ik typte");
		assertThat(this.laws.getGoal(law.getId(), goal.getId()).getDescription()).isEqualTo("Eerder opgeslagen");
	}

	@Test
	void missingLawOrAGoalOfAnotherLawIsA404() {
		Law law = law();
		LawGoal goalOfOtherLaw = goal(law());
		assertThat(this.mvc.perform(get("/admin/laws/999999999").with(this.admin))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.perform(get("/admin/laws/999999999/goals/new").with(this.admin)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc
			.perform(get("/admin/laws/{id}/goals/{goalId}", law.getId(), goalOfOtherLaw.getId()).with(this.admin)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc
			.perform(post("/admin/laws/{id}/goals/{goalId}/retire", law.getId(), goalOfOtherLaw.getId()).with(csrf())
				.with(this.admin)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.laws.getGoal(goalOfOtherLaw.getLaw().getId(), goalOfOtherLaw.getId()).isActive()).isTrue();
	}

	@Test
	void everyChangeIsRecordedUnderTheLaw() {
		Law law = law();
		LawGoal goal = goal(law);
		this.laws.updateGoal(law.getId(), goal.getId(), goal.getVersion(), new LawGoalDetails("Anders", null, 10));
		this.laws.retireGoal(law.getId(), goal.getId());
		this.laws.restoreGoal(law.getId(), goal.getId());
		this.laws.update(law.getId(), law.getVersion(), new LawDetails(law.getName(), null, 1000, false));

		assertThat(this.auditLog.historyOf(LawService.AUDIT_SUBJECT, law.getId(), PageRequest.of(0, 20)))
			.extracting(AuditEntry::action)
			.containsExactly("LAW_UPDATED", "LAW_GOAL_RESTORED", "LAW_GOAL_RETIRED", "LAW_GOAL_UPDATED",
					"LAW_GOAL_ADDED", "LAW_CREATED");
	}

	/** The table row that links to the law with this name. */
	private static String rowOf(String page, String lawName) {
		int link = page.indexOf(">" + lawName + "</a>");
		assertThat(link).as("row of %s", lawName).isNotNegative();
		return page.substring(page.lastIndexOf("<tr", link), page.indexOf("</tr>", link));
	}

	private Law law() {
		return this.laws.create(new LawDetails(TestFixtures.unique("Wet"), null, 1000, true));
	}

	private LawGoal goal(Law law) {
		return this.laws.addGoal(law.getId(), new LawGoalDetails(TestFixtures.unique("Doel"), "art. 1", 10));
	}

}
