package nl.omgekeerdetoets.cases;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.support.TestFixtures.TestTeam;
import nl.omgekeerdetoets.teams.Role;
import nl.omgekeerdetoets.teams.SignedInUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Maatwerk without arbitrariness: step 4 records the decision; a refusal, whole or in
 * part, is not submitted before the resident was called (or it says why not), and a lead
 * sees the refusals without a call; other departments and organisations involved are
 * named with their contact and agreement, may own actions, and can be found in the lists
 * and counted on the overview.
 */
@IntegrationTest
class DecisionCallDepartmentsTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	CaseFixtures caseFixtures;

	@Autowired
	CaseService cases;

	@Autowired
	StepGaps gaps;

	TestTeam team;

	SignedInUser consultant;

	SignedInUser lead;

	@BeforeEach
	void aTeam() {
		this.team = this.fixtures.team();
		this.consultant = this.fixtures.signedIn(this.fixtures.account(Role.CONSULTANT, this.team));
		this.lead = this.fixtures.signedIn(this.fixtures.account(Role.TEAM_LEAD, this.team));
	}

	@ParameterizedTest
	@EnumSource(value = Choices.DecisionKind.class, names = { "REFUSED", "PARTLY_GRANTED" })
	void aRefusalIsSavedHalfFilledButNotSubmittedBeforeTheCallIsAnswered(Choices.DecisionKind kind) {
		CaseFile refused = action(this.caseFixtures.complete(this.consultant), (form) -> form.setDecisionKind(kind));
		// Saving stays possible: the draft holds the refusal.
		assertThat(refused.getAction().getDecisionKind()).isEqualTo(kind);
		assertThat(this.gaps.of(refused)).containsExactly(new Gap(Step.ACTION, "called", "gap.called"));

		MvcTestResult submitted = submit(refused);
		assertThat(submitted).hasRedirectedUrl("/cases/" + refused.getId() + "#error-summary");
		assertThat(this.mvc.perform(get("/cases/{id}", refused.getId()).cookie(submitted.getResponse().getCookies())
			.header("Accept-Language", "nl")
			.with(user(this.consultant)))).hasStatusOk()
			.bodyText()
			.contains("De casus kan nog niet worden ingediend")
			.contains("/cases/" + refused.getId() + "/steps/action#called")
			.contains("Bij een afwijzing of deeltoekenning: geef aan of de inwoner eerst is gebeld");
		assertThat(this.cases.read(refused.getId(), this.consultant).getStatus()).isEqualTo(CaseStatus.DRAFT);
	}

	@Test
	void aCallMadeIsRecordedInFullAndACallNotMadeSaysWhyNot() {
		CaseFile caseFile = action(this.caseFixtures.complete(this.consultant), (form) -> {
			form.setDecisionKind(Choices.DecisionKind.REFUSED);
			form.setCalled(true);
		});
		assertThat(this.gaps.of(caseFile)).containsExactly(new Gap(Step.ACTION, "callDate", "gap.callDate"),
				new Gap(Step.ACTION, "callWith", "gap.callWith"), new Gap(Step.ACTION, "callAgreed", "gap.callAgreed"));
		assertThat(caseFile.getAction().isRefusedWithoutCall()).isFalse();

		caseFile = action(caseFile, (form) -> form.setCalled(false));
		assertThat(this.gaps.of(caseFile)).containsExactly(new Gap(Step.ACTION, "noCallReason", "gap.noCallReason"));
		assertThat(caseFile.getAction().isRefusedWithoutCall()).isTrue();
		assertThat(submit(caseFile)).hasRedirectedUrl("/cases/" + caseFile.getId() + "#error-summary");

		caseFile = action(caseFile, (form) -> form.setNoCallReason("Na drie pogingen niet bereikbaar"));
		assertThat(this.gaps.of(caseFile)).isEmpty();
		assertThat(submit(caseFile)).hasRedirectedUrl("/cases/" + caseFile.getId());
		assertThat(this.cases.read(caseFile.getId(), this.consultant).getStatus()).isEqualTo(CaseStatus.IN_REVIEW);
	}

	@Test
	void aGrantNeedsNoCallButEveryCaseNeedsADecision() {
		CaseFile caseFile = action(this.caseFixtures.complete(this.consultant), (form) -> form.setDecisionKind(null));
		assertThat(this.gaps.of(caseFile)).containsExactly(new Gap(Step.ACTION, "decisionKind", "gap.decisionKind"));
		caseFile = action(caseFile, (form) -> form.setDecisionKind(Choices.DecisionKind.GRANTED_AS_ASKED));
		assertThat(this.gaps.of(caseFile)).isEmpty();
		assertThat(caseFile.getAction().isRefusedWithoutCall()).isFalse();
	}

	@Test
	void theStepPageAsksForTheCallOnceARefusalIsChosen() {
		CaseFile caseFile = this.caseFixtures.complete(this.consultant);
		assertThat(stepFour(caseFile)).contains("Is de inwoner eerst gebeld").doesNotContain("id=\"call-prompt\"");
		caseFile = action(caseFile, (form) -> form.setDecisionKind(Choices.DecisionKind.REFUSED));
		assertThat(stepFour(caseFile)).contains("id=\"call-prompt\"")
			.contains("U kiest ‘Afgewezen’. Is de inwoner eerst gebeld om het besluit uit te leggen?");
		caseFile = action(caseFile, (form) -> form.setCalled(true));
		assertThat(stepFour(caseFile)).doesNotContain("id=\"call-prompt\"");
	}

	@Test
	void theDecisionAndTheCallArePostedFromTheStepPageAndCheckedForABsn() {
		CaseFile caseFile = this.caseFixtures.draft(this.consultant);
		assertThat(this.mvc.perform(post("/cases/{id}/steps/action", caseFile.getId())
			.param("version", String.valueOf(caseFile.getVersion()))
			.param("decisionKind", "PARTLY_GRANTED")
			.param("decisionDate", "2026-05-01")
			.param("called", "true")
			.param("callDate", "2026-04-28")
			.param("callWith", "Mevrouw en haar zoon")
			.param("callAgreed", "Haar BSN is 111111122")
			.with(csrf())
			.with(user(this.consultant)))).hasStatusOk()
			.model()
			.extractingBindingResult("form")
			.hasFieldErrorCode("callAgreed", "NoBsn");
		assertThat(this.cases.read(caseFile.getId(), this.consultant).getAction().getDecisionKind()).isNull();

		assertThat(this.mvc.perform(post("/cases/{id}/steps/action", caseFile.getId())
			.param("version", String.valueOf(caseFile.getVersion()))
			.param("decisionKind", "PARTLY_GRANTED")
			.param("decisionDate", "2026-05-01")
			.param("called", "true")
			.param("callDate", "2026-04-28")
			.param("callWith", "Mevrouw en haar zoon")
			.param("callAgreed", "Uitgelegd; de zoon helpt met de aanvraag bij de corporatie")
			.with(csrf())
			.with(user(this.consultant)))).hasRedirectedUrl("/cases/" + caseFile.getId() + "/steps/action");
		ActionStep saved = this.cases.read(caseFile.getId(), this.consultant).getAction();
		assertThat(saved.getDecisionKind()).isEqualTo(Choices.DecisionKind.PARTLY_GRANTED);
		assertThat(saved.getDecisionDate()).isEqualTo(LocalDate.of(2026, 5, 1));
		assertThat(saved.getCalled()).isTrue();
		assertThat(saved.getCallDate()).isEqualTo(LocalDate.of(2026, 4, 28));
		assertThat(saved.getCallWith()).isEqualTo("Mevrouw en haar zoon");
		assertThat(saved.getCallAgreed()).startsWith("Uitgelegd");
	}

	@Test
	void partiesOwnActionsAndRemovingAPartyMovesTheActionsThatNameTheOthers() {
		CaseFile caseFile = this.caseFixtures.draft(this.consultant);
		assertThat(this.mvc.perform(post("/cases/{id}/steps/action", caseFile.getId())
			.param("version", String.valueOf(caseFile.getVersion()))
			.param("parties[0].kind", "ENFORCEMENT")
			.param("parties[0].contact", "R. Bos, handhaver")
			.param("parties[1].kind", "HOUSING_CORPORATION")
			.param("parties[1].name", "Woonstichting De Linde")
			.param("parties[1].contact", "M. de Boer")
			.param("parties[1].agreement", "Zet de ontruiming drie maanden stil")
			.param("actions[0].description", "Betalingsregeling voorstellen")
			.param("actions[0].owner", "M. de Boer")
			.param("actions[0].party", "1")
			.param("actions[1].description", "Huisbezoek")
			.param("actions[1].owner", "R. Bos")
			.param("actions[1].party", "0")
			.param("removeRow", "parties:0")
			.with(csrf())
			.with(user(this.consultant)))).hasRedirectedUrl("/cases/" + caseFile.getId() + "/steps/action");
		ActionStep saved = this.cases.read(caseFile.getId(), this.consultant).getAction();
		assertThat(saved.getParties()).singleElement().satisfies((party) -> {
			assertThat(party.getKind()).isEqualTo(Choices.PartyKind.HOUSING_CORPORATION);
			assertThat(party.getAgreement()).isEqualTo("Zet de ontruiming drie maanden stil");
		});
		assertThat(saved.getActions()).extracting(PlannedAction::getPartyIndex).containsExactly(0, null);
		assertThat(saved.partyOf(saved.getActions().get(0)).getName()).isEqualTo("Woonstichting De Linde");
		assertThat(saved.isInvolvesOtherDepartment()).isTrue();

		// A party that is not on the page (a stale page, or a crafted request) is a
		// message on the field.
		assertThat(this.mvc.perform(post("/cases/{id}/steps/action", caseFile.getId())
			.param("version", String.valueOf(this.cases.read(caseFile.getId(), this.consultant).getVersion()))
			.param("actions[0].description", "Betalingsregeling voorstellen")
			.param("actions[0].party", "7")
			.header("Accept-Language", "nl")
			.with(csrf())
			.with(user(this.consultant)))).hasStatusOk()
			.bodyText()
			.contains("Deze partij staat niet (meer) in de lijst hierboven");
	}

	@Test
	void aPartyNeedsAKindAndAContactBeforeSubmittingAndOtherNeedsAName() {
		CaseFile caseFile = action(this.caseFixtures.complete(this.consultant), (form) -> {
			form.getParties().add(new ActionStepForm.PartyRow(null, null, null, "Meedenken over een woning"));
			form.getParties().add(new ActionStepForm.PartyRow(Choices.PartyKind.OTHER, null, "J. Smit", null));
		});
		assertThat(this.gaps.of(caseFile, Step.ACTION)).containsExactlyInAnyOrder(
				new Gap(Step.ACTION, "parties0.kind", "gap.party.kind"),
				new Gap(Step.ACTION, "parties0.contact", "gap.party.contact"),
				new Gap(Step.ACTION, "parties1.name", "gap.party.name"));
	}

	@Test
	void theReviewPageShowsTheDecisionTheCallAndTheDepartments() {
		CaseFile caseFile = action(this.caseFixtures.complete(this.consultant), (form) -> {
			form.setDecisionKind(Choices.DecisionKind.REFUSED);
			form.setDecisionDate(LocalDate.of(2026, 6, 3));
			form.setCalled(true);
			form.setCallDate(LocalDate.of(2026, 6, 1));
			form.setCallWith("Mevrouw J. en haar dochter");
			form.setCallAgreed("De dochter gaat de eerste twee ritten mee met de buurtbus");
			form.getParties()
				.add(new ActionStepForm.PartyRow(Choices.PartyKind.HOUSING_CORPORATION, "Woonstichting De Linde",
						"M. de Boer", "Past de drempel bij de voordeur aan"));
			form.getActions().get(0).setParty(0);
		});
		assertThat(submit(caseFile)).hasRedirectedUrl("/cases/" + caseFile.getId());

		String page = page("/review/cases/" + caseFile.getId(), this.lead);
		assertThat(page)
			.contains("Besluit: Afgewezen", "Beschikking van 3 jun. 2026", "Eerst bellen bij een afwijzing", "Gebeld",
					"Op 1 jun. 2026, met Mevrouw J. en haar dochter.",
					"De dochter gaat de eerste twee ritten mee met de buurtbus", "Andere afdelingen en organisaties",
					"Woningcorporatie", "Woonstichting De Linde", "M. de Boer", "Past de drempel bij de voordeur aan",
					"Woonstichting De Linde (Woningcorporatie)")
			.doesNotContain("Afgewezen zonder eerst te bellen");
		// The case page and its printed form say the same.
		assertThat(page("/cases/" + caseFile.getId(), this.consultant)).contains("Besluit: Afgewezen",
				"Op 1 jun. 2026, met Mevrouw J. en haar dochter.", "Woonstichting De Linde (Woningcorporatie)");
	}

	@Test
	void aLeadSeesARefusalWithoutACallOnTheReviewPageAndInTheRoundsChanges() {
		CaseFile caseFile = action(this.caseFixtures.complete(this.consultant), (form) -> {
			form.setDecisionKind(Choices.DecisionKind.REFUSED);
			form.setCalled(false);
			form.setNoCallReason("Mevrouw wil alleen schriftelijk contact");
		});
		assertThat(submit(caseFile)).hasRedirectedUrl("/cases/" + caseFile.getId());
		assertThat(page("/review/cases/" + caseFile.getId(), this.lead)).contains("Afgewezen zonder eerst te bellen",
				"Niet gebeld", "Mevrouw wil alleen schriftelijk contact");

		// Sent back, the consultant calls after all: round 2 shows what changed.
		assertThat(this.mvc
			.perform(post("/review/cases/{id}/decision", caseFile.getId()).param("decision", "CHANGES_REQUESTED")
				.param("reason", "Bel haar toch even, ook als ze schriftelijk contact wil.")
				.with(csrf())
				.with(user(this.lead))))
			.hasRedirectedUrl("/review/cases/" + caseFile.getId());
		caseFile = action(this.cases.read(caseFile.getId(), this.consultant), (form) -> {
			form.setCalled(true);
			form.setCallDate(LocalDate.of(2026, 6, 1));
			form.setCallWith("Mevrouw J.");
			form.setCallAgreed("Ze begrijpt het besluit en belt de buurtbus zelf");
		});
		assertThat(submit(caseFile)).hasRedirectedUrl("/cases/" + caseFile.getId());
		List<Submission> rounds = this.cases.lastTwoSubmissions(caseFile.getId());
		assertThat(rounds.get(0).text(Step.ACTION, "call")).contains("Niet gebeld",
				"Mevrouw wil alleen schriftelijk contact");
		assertThat(rounds.get(1).text(Step.ACTION, "call")).contains("Gebeld", "Mevrouw J.",
				"Ze begrijpt het besluit en belt de buurtbus zelf");
		assertThat(rounds.get(1).text(Step.ACTION, "decision")).isEqualTo("Afgewezen");
		String page = page("/review/cases/" + caseFile.getId(), this.lead);
		int step4 = page.indexOf("id=\"step-action\"");
		assertThat(page.substring(step4, page.indexOf("<div class=\"row g-4\">", step4)))
			.contains("Eerst bellen bij een afwijzing", "<ins>")
			.doesNotContain("Geen wijzigingen");
		assertThat(page).doesNotContain("Afgewezen zonder eerst te bellen");
	}

	@Test
	void theListsFilterCasesWithAnotherDepartmentAndRefusalsWithoutACall() {
		CaseFile plain = this.caseFixtures.complete(this.consultant);
		CaseFile withCorporation = action(this.caseFixtures.complete(this.consultant), (form) -> form.getParties()
			.add(new ActionStepForm.PartyRow(Choices.PartyKind.HOUSING_CORPORATION, null, "M. de Boer", null)));
		CaseFile notCalled = action(this.caseFixtures.complete(this.consultant), (form) -> {
			form.setDecisionKind(Choices.DecisionKind.PARTLY_GRANTED);
			form.setCalled(false);
		});
		// A refusal whose call is still open is not (yet) one without a call.
		CaseFile open = action(this.caseFixtures.complete(this.consultant),
				(form) -> form.setDecisionKind(Choices.DecisionKind.REFUSED));

		assertThat(rows("/cases/team", this.lead)).contains(plain.getId(), withCorporation.getId(), notCalled.getId(),
				open.getId());
		assertThat(rows("/cases/team?otherDepartment=true", this.lead)).containsExactly(withCorporation.getId());
		assertThat(rows("/cases/team?refusedWithoutCall=true", this.lead)).containsExactly(notCalled.getId());
		assertThat(rows("/cases?refusedWithoutCall=true&otherDepartment=true", this.consultant)).isEmpty();
		assertThat(rows("/cases?otherDepartment=true&sort=title", this.consultant))
			.containsExactly(withCorporation.getId());
		assertThat(page("/cases/team?refusedWithoutCall=true", this.lead)).contains("1 casus",
				"Afgewezen zonder eerst te bellen", "name=\"refusedWithoutCall\" value=\"true\" checked=\"checked\"");
		assertThat(page("/cases/team", this.lead)).contains("Andere afdeling betrokken");
	}

	@Test
	void theOverviewCountsCasesWithAnotherDepartmentAndRefusalsWithoutACallAndLinksToThem() {
		action(this.caseFixtures.complete(this.consultant), (form) -> form.getParties()
			.add(new ActionStepForm.PartyRow(Choices.PartyKind.SCHOOL, "De Regenboog", "Juf Ans", null)));
		action(this.caseFixtures.complete(this.consultant), (form) -> form.getParties()
			.add(new ActionStepForm.PartyRow(Choices.PartyKind.ENFORCEMENT, null, "R. Bos", null)));
		action(this.caseFixtures.complete(this.consultant), (form) -> {
			form.setDecisionKind(Choices.DecisionKind.REFUSED);
			form.setCalled(false);
			form.setNoCallReason("Niet bereikbaar");
		});
		this.caseFixtures.complete(this.consultant);

		String page = page("/overview?team=" + this.team.getId(), this.lead);
		assertThat(page).contains("Afgewezen of deels toegekend zonder eerst te bellen",
				"Met een andere afdeling of organisatie");
		assertThat(page)
			.containsPattern("href=\"/cases/team\\?refusedWithoutCall=true&amp;team=" + this.team.getId() + "\">1</a>");
		assertThat(page)
			.containsPattern("href=\"/cases/team\\?otherDepartment=true&amp;team=" + this.team.getId() + "\">2</a>");
		assertThat(rows("/cases/team?otherDepartment=true&team=" + this.team.getId(), this.lead)).hasSize(2);
	}

	/** Saves step 4 as the case holds it, changed by {@code change}. */
	private CaseFile action(CaseFile caseFile, Consumer<ActionStepForm> change) {
		ActionStepForm form = StepForm.filled(new ActionStepForm(), this.cases.read(caseFile.getId(), this.consultant));
		change.accept(form);
		return this.cases.saveStep(caseFile.getId(), this.consultant, form);
	}

	private MvcTestResult submit(CaseFile caseFile) {
		return this.mvc.perform(
				post("/cases/{id}/submit", caseFile.getId()).param("version", String.valueOf(caseFile.getVersion()))
					.with(csrf())
					.with(user(this.consultant)));
	}

	private String stepFour(CaseFile caseFile) {
		return page("/cases/" + caseFile.getId() + "/steps/action", this.consultant);
	}

	private String page(String url, SignedInUser user) {
		MvcTestResult result = this.mvc.perform(get(url).header("Accept-Language", "nl").with(user(user)));
		assertThat(result).hasStatusOk();
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private List<Long> rows(String url, SignedInUser user) {
		MvcTestResult result = this.mvc.perform(get(url).with(user(user)));
		assertThat(result).hasStatusOk();
		CaseListPage page = (CaseListPage) result.getMvcResult().getModelAndView().getModel().get("list");
		return page.rows().stream().map(CaseRow::id).toList();
	}

}
