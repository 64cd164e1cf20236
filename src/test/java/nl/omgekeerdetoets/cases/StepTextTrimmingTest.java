package nl.omgekeerdetoets.cases;

import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.teams.Role;
import nl.omgekeerdetoets.teams.SignedInUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The text of a step is saved without the spaces around it, and text that is only spaces
 * is saved as nothing.
 */
@IntegrationTest
class StepTextTrimmingTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	CaseFixtures caseFixtures;

	@Autowired
	CaseService cases;

	@Test
	void stepTextIsSavedTrimmedAndBlankTextAsNothing() {
		SignedInUser consultant = this.fixtures.signedIn(this.fixtures.account(Role.CONSULTANT, this.fixtures.team()));
		CaseFile caseFile = this.caseFixtures.draft(consultant);
		assertThat(this.mvc.perform(post("/cases/{id}/steps/effect", caseFile.getId())
			.param("effects[0].description", "  Weer zelf koken \n")
			.param("effects[0].indicator", "   ")
			.param("ownStrength", " Dochter helpt op zaterdag  ")
			.param("residentWords", "  \t ")
			.param("version", String.valueOf(caseFile.getVersion()))
			.with(csrf())
			.with(user(consultant)))).hasStatus3xxRedirection();
		EffectStep effect = this.cases.read(caseFile.getId(), consultant).getEffect();
		assertThat(effect.getOwnStrength()).isEqualTo("Dochter helpt op zaterdag");
		assertThat(effect.getResidentWords()).isNull();
		assertThat(effect.getEffects()).singleElement().satisfies((row) -> {
			assertThat(row.getDescription()).isEqualTo("Weer zelf koken");
			assertThat(row.getIndicator()).isNull();
		});
	}

}
