package nl.omgekeerdetoets.cases;

import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;

import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.support.TestFixtures.TestTeam;
import nl.omgekeerdetoets.teams.Role;
import nl.omgekeerdetoets.teams.SignedInUser;
import org.junit.jupiter.api.Test;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Issue 13: the main pages, used in turn as people use them, compile their template
 * expressions once. Thymeleaf keeps one parsed (and, by SpEL, compiled) expression per
 * expression text; when its cache is too small, or one text is evaluated on values of
 * different types ({@code s.messageKey()} on a status and on a step), the compiled form
 * is dropped and compiled again, a new class each time, without end: 146 in 2,100
 * requests before the fix.
 */
@IntegrationTest
class TemplateExpressionsTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	CaseFixtures caseFixtures;

	@Autowired
	SpringTemplateEngine engine;

	@Test
	void theMainPagesInTurnCompileTheirExpressionsOnce() {
		TestTeam team = this.fixtures.team(true);
		SignedInUser consultant = this.fixtures.signedIn(this.fixtures.account(Role.CONSULTANT, team));
		SignedInUser lead = this.fixtures.signedIn(this.fixtures.account(Role.TEAM_LEAD, team));
		long filled = 0;
		for (int i = 0; i < 6; i++) {
			filled = this.caseFixtures.complete(consultant).getId();
			this.caseFixtures.draft(consultant);
		}
		String caseUrl = "/cases/" + filled;
		List<String> pages = List.of("/cases", "/cases/team", caseUrl, caseUrl + "/steps/effect",
				caseUrl + "/steps/law", caseUrl + "/steps/ethics", caseUrl + "/steps/action", "/", "/account/password",
				"/my-figures");
		// Past SpEL's threshold (100 evaluations) for every expression these pages use.
		visit(pages, consultant, 120);
		visit(List.of("/review", "/overview", "/cases/team"), lead, 120);

		ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
		long loaded = classes.getTotalLoadedClassCount();
		visit(pages, consultant, 100);
		visit(List.of("/review", "/overview", "/cases/team"), lead, 100);

		// A few attempts remain for an expression that compiles only on some values
		// (SpEL gives up after 100 failed ones); one that flaps compiles 50 and more.
		assertThat(classes.getTotalLoadedClassCount() - loaded).as("classes loaded while the pages were used in turn")
			.isLessThan(20);
		StandardCacheManager caches = (StandardCacheManager) this.engine.getConfiguration().getCacheManager();
		assertThat(caches.getExpressionCache().keySet()).as("the templates' expressions fit in the cache")
			.hasSizeLessThan(caches.getExpressionCacheMaxSize() / 2);
	}

	private void visit(List<String> pages, SignedInUser user, int rounds) {
		for (int round = 0; round < rounds; round++) {
			for (String page : pages) {
				assertThat(this.mvc.get().uri(page).with(user(user))).hasStatusOk();
			}
		}
	}

}
