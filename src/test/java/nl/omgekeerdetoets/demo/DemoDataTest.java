package nl.omgekeerdetoets.demo;

import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.system.DevelopmentDatabase;
import nl.omgekeerdetoets.teams.AccountService;
import nl.omgekeerdetoets.teams.TeamService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

@IntegrationTest
class DemoDataTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	TeamService teams;

	@Autowired
	AccountService accounts;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	MockMvcTester mvc;

	@Test
	void testsRunWithoutDemoDataBecauseTheyUseTheirOwnDatabase() {
		assertThat(this.context.getBeanProvider(DevelopmentDatabase.class).getIfAvailable()).isNull();
	}

	@Test
	void onTheDevelopmentDatabaseEveryDemoAccountCanSignInWithTheDocumentedPassword() throws Exception {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("developmentDatabase", new DevelopmentDatabase("jdbc:postgresql://embedded"));
		DemoData demoData = new DemoData(beans.getBeanProvider(DevelopmentDatabase.class), this.teams, this.accounts,
				this.transaction);
		demoData.run(null);
		demoData.run(null);

		for (String username : new String[] { "consulent", "consulent2", "consulent3", "teamleider", "teamleider2",
				"beheerder" }) {
			assertThat(this.mvc.perform(formLogin("/login").user(username).password(DemoData.PASSWORD))).as(username)
				.hasRedirectedUrl("/");
		}
	}

}
