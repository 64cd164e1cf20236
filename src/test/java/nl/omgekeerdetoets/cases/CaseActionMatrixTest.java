package nl.omgekeerdetoets.cases;

import java.util.function.Function;
import java.util.stream.Stream;

import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.support.TestFixtures.World;
import nl.omgekeerdetoets.support.TestFixtures.TestAccount;
import nl.omgekeerdetoets.teams.SignedInUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every case action, tried by every kind of person against one case: its owner, a
 * colleague in the same team (which does not share its cases), the team's lead, a lead
 * and a consultant of another team, and an admin. Each cell names the status and the page
 * or redirect that person gets, so a rule that goes wrong in either direction fails here.
 * The rules themselves live in {@link CasePolicy}.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseActionMatrixTest {

	enum Who {

		OWNER, COLLEAGUE, LEAD, OTHER_LEAD, OTHER_CONSULTANT, ADMIN

	}

	/** The state a case must be in for the action to make sense. */
	enum State {

		DRAFT, COMPLETE, IN_REVIEW, APPROVED

	}

	/** What a person gets: a status, and the page shown or the address redirected to. */
	record Expect(int status, String pageOrRedirect) {

		static Expect page(String view) {
			return new Expect(200, view);
		}

		static Expect redirect(String to) {
			return new Expect(302, to);
		}

		static final Expect REFUSED = new Expect(403, "error");

		static final Expect NOT_FOUND = new Expect(404, "error");

	}

	record Action(String name, State state, Function<Long, MockHttpServletRequestBuilder> request) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	CaseFixtures caseFixtures;

	@Autowired
	CaseService cases;

	World world;

	@BeforeAll
	void twoTeams() {
		this.world = this.fixtures.world();
	}

	static Stream<Arguments> matrix() {
		Expect refused = Expect.REFUSED;
		Expect notFound = Expect.NOT_FOUND;
		return Stream.of(
				// action: owner, colleague, lead, other lead, other consultant, admin
				row(new Action("read the case page", State.DRAFT, (id) -> get("/cases/{id}", id)),
						Expect.page("cases/show"), notFound, Expect.page("cases/show"), notFound, notFound, refused),
				row(new Action("open a step", State.DRAFT, (id) -> get("/cases/{id}/steps/ethics", id)),
						Expect.page("cases/step"), notFound, Expect.redirect("/cases/{id}"), notFound, notFound,
						refused),
				row(new Action("save a step", State.DRAFT,
						(id) -> post("/cases/{id}/steps/ethics", id).param("realNeed", "Rust")
							.param("version", "{version}")),
						Expect.redirect("/cases/{id}/steps/ethics"), notFound, refused, notFound, notFound, refused),
				row(new Action("submit", State.COMPLETE,
						(id) -> post("/cases/{id}/submit", id).param("version", "{version}")),
						Expect.redirect("/cases/{id}"), notFound, refused, notFound, notFound, refused),
				row(new Action("withdraw", State.IN_REVIEW,
						(id) -> post("/cases/{id}/withdraw", id).param("reason", "RESIDENT_WITHDREW")
							.param("version", "{version}")),
						Expect.redirect("/cases/{id}"), notFound, refused, notFound, notFound, refused),
				// Decided: too late to withdraw, for anyone.
				row(new Action("withdraw an approved case", State.APPROVED,
						(id) -> post("/cases/{id}/withdraw", id).param("reason", "RESIDENT_WITHDREW")
							.param("version", "{version}")),
						refused, notFound, refused, notFound, notFound, refused),
				row(new Action("open the 6-month follow-up", State.APPROVED,
						(id) -> get("/cases/{id}/follow-ups/6", id)), Expect.page("cases/follow-up"), notFound, refused,
						notFound, notFound, refused),
				// Just approved, so early: with the reason that asks for.
				row(new Action("record the 6-month follow-up", State.APPROVED,
						(id) -> post("/cases/{id}/follow-ups/6", id).param("outcomes[0].outcome", "REACHED")
							.param("earlyReason", "De hulp is eerder gestopt")
							.param("version", "{version}")),
						Expect.redirect("/cases/{id}#follow-ups-title"), notFound, refused, notFound, notFound,
						refused),
				row(new Action("open the review", State.IN_REVIEW, (id) -> get("/review/cases/{id}", id)), refused,
						refused, Expect.page("review/case"), notFound, refused, refused),
				row(new Action("comment", State.IN_REVIEW,
						(id) -> post("/review/cases/{id}/comments", id).param("step", "ETHICS")
							.param("text", "Welke waarden wegen hier het zwaarst?")),
						refused, refused, Expect.redirect("/review/cases/{id}#step-ethics"), notFound, refused,
						refused),
				row(new Action("decide", State.IN_REVIEW,
						(id) -> post("/review/cases/{id}/decision", id).param("decision", "APPROVED")), refused,
						refused, Expect.redirect("/review/cases/{id}"), notFound, refused, refused),
				row(new Action("compliment", State.IN_REVIEW,
						(id) -> post("/review/cases/{id}/compliments", id).param("step", "ETHICS")
							.param("text", "Sterk hoe je de waarden van de inwoner zelf hebt laten spreken.")),
						refused, refused, Expect.redirect("/review/cases/{id}"), notFound, refused, refused),
				row(new Action("open marking exemplary", State.APPROVED,
						(id) -> get("/review/cases/{id}/exemplary", id)), refused, refused,
						Expect.page("review/exemplary"), notFound, refused, refused))
			.flatMap((rows) -> rows);
	}

	private static Stream<Arguments> row(Action action, Expect owner, Expect colleague, Expect lead, Expect otherLead,
			Expect otherConsultant, Expect admin) {
		return Stream.of(arguments(action, Who.OWNER, owner), arguments(action, Who.COLLEAGUE, colleague),
				arguments(action, Who.LEAD, lead), arguments(action, Who.OTHER_LEAD, otherLead),
				arguments(action, Who.OTHER_CONSULTANT, otherConsultant), arguments(action, Who.ADMIN, admin));
	}

	@ParameterizedTest(name = "{1} may {0}: {2}")
	@MethodSource("matrix")
	void eachPersonGetsWhatThePolicySays(Action action, Who who, Expect expected) {
		CaseFile caseFile = caseIn(action.state());
		MockHttpServletRequestBuilder request = action.request().apply(caseFile.getId());
		MvcTestResult result = this.mvc.perform(withVersion(request, caseFile).with(user(signedIn(who))).with(csrf()));

		assertThat(result.getResponse().getStatus()).as("status").isEqualTo(expected.status());
		String target = expected.pageOrRedirect().replace("{id}", String.valueOf(caseFile.getId()));
		if (expected.status() == 302) {
			assertThat(result.getResponse().getRedirectedUrl()).as("redirect").isEqualTo(target);
		}
		else if (expected.status() == 200) {
			assertThat(result.getMvcResult().getModelAndView().getViewName()).as("page").isEqualTo(target);
		}
		else if (result.getMvcResult().getModelAndView() != null) {
			// A refusal the app answers itself shows its error page; the others are
			// sent to the container's error page, which MockMvc does not render.
			assertThat(result.getMvcResult().getModelAndView().getViewName()).as("page").isEqualTo(target);
		}
	}

	private MockHttpServletRequestBuilder withVersion(MockHttpServletRequestBuilder request, CaseFile caseFile) {
		// The version of the case as created for this cell, wherever the row asked for
		// it.
		return request.with((servletRequest) -> {
			String[] version = servletRequest.getParameterValues("version");
			if (version != null && version[0].equals("{version}")) {
				servletRequest.setParameter("version", String.valueOf(caseFile.getVersion()));
			}
			return servletRequest;
		});
	}

	private CaseFile caseIn(State state) {
		SignedInUser owner = this.fixtures.signedIn(this.world.consultantA());
		return switch (state) {
			case DRAFT -> this.caseFixtures.draft(owner);
			case COMPLETE -> this.caseFixtures.complete(owner);
			case IN_REVIEW -> this.caseFixtures.inReview(owner);
			case APPROVED -> {
				CaseFile inReview = this.caseFixtures.inReview(owner);
				this.cases.approve(inReview.getId(), this.fixtures.signedIn(this.world.leadA()));
				yield this.cases.read(inReview.getId(), owner);
			}
		};
	}

	private SignedInUser signedIn(Who who) {
		TestAccount account = switch (who) {
			case OWNER -> this.world.consultantA();
			case COLLEAGUE -> this.world.colleagueA();
			case LEAD -> this.world.leadA();
			case OTHER_LEAD -> this.world.leadB();
			case OTHER_CONSULTANT -> this.world.consultantB();
			case ADMIN -> this.world.admin();
		};
		return this.fixtures.signedIn(account);
	}

}
