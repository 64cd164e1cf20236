package nl.omgekeerdetoets.cases;

import java.nio.charset.StandardCharsets;

import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.teams.Role;
import nl.omgekeerdetoets.teams.SignedInUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Issue 9's small things on the case page: values in the method's order whatever the
 * order they were picked in, no empty cost table under its heading, and the screen-only
 * notice left out of the print.
 */
@IntegrationTest
class CasePageDetailsTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	CaseFixtures caseFixtures;

	@Autowired
	CaseService cases;

	@Test
	void valuesAreShownInTheMethodsOrder() throws Exception {
		SignedInUser consultant = this.fixtures.signedIn(this.fixtures.account(Role.CONSULTANT, this.fixtures.team()));
		CaseFile caseFile = this.caseFixtures.complete(consultant);
		EthicsStepForm ethics = StepForm.filled(new EthicsStepForm(), this.cases.read(caseFile.getId(), consultant));
		ethics.getValuesAtStake().clear();
		ethics.getValuesAtStake().add(Choices.Value.SAFETY);
		ethics.getValuesAtStake().add(Choices.Value.SOLIDARITY);
		ethics.getValuesAtStake().add(Choices.Value.AUTONOMY);
		this.cases.saveStep(caseFile.getId(), consultant, ethics);

		String page = page("/cases/" + caseFile.getId(), consultant);
		assertThat(page).containsSubsequence("Autonomie", "Solidariteit", "Veiligheid");
	}

	@Test
	void anEmptyCostComparisonSaysSoAndTheReadOnlyNoticeIsNotPrinted() throws Exception {
		SignedInUser consultant = this.fixtures.signedIn(this.fixtures.account(Role.CONSULTANT, this.fixtures.team()));
		CaseFile draft = this.caseFixtures.draft(consultant);
		assertThat(page("/cases/" + draft.getId(), consultant))
			.containsPattern("<dt>Kostenvergelijking</dt>\\s*<dd>Nog niet ingevuld</dd>")
			.doesNotContain("<th scope=\"col\">Betaler</th>");

		CaseSummary submitted = this.caseFixtures.submitted(consultant);
		assertThat(page("/cases/" + submitted.id(), consultant))
			.containsPattern("class=\"alert alert-info no-print\" role=\"status\">Deze casus");
	}

	@Test
	void theReviewPageShowsTheIntakeWithItsLawDomains() throws Exception {
		var team = this.fixtures.team();
		SignedInUser consultant = this.fixtures.signedIn(this.fixtures.account(Role.CONSULTANT, team));
		SignedInUser lead = this.fixtures.signedIn(this.fixtures.account(Role.TEAM_LEAD, team));
		CaseSummary submitted = this.caseFixtures.submitted(consultant);
		assertThat(page("/review/cases/" + submitted.id(), lead))
			.containsPattern("<dt class=\"col-sm-3\">Wetsdomeinen</dt>\\s*<dd class=\"col-sm-9\"><span><span>Wmo");
	}

	private String page(String url, SignedInUser user) throws Exception {
		var result = this.mvc.perform(get(url).header("Accept-Language", "nl").with(user(user)));
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
