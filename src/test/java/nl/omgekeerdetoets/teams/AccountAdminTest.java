package nl.omgekeerdetoets.teams;

import nl.omgekeerdetoets.support.TestFixtures.TestTeam;
import nl.omgekeerdetoets.support.TestFixtures.TestAccount;
import java.util.List;

import nl.omgekeerdetoets.audit.AuditLog;
import nl.omgekeerdetoets.shared.FieldProblem;
import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.TestFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@IntegrationTest
class AccountAdminTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	AccountService accounts;

	@Autowired
	AccountRepository accountRepository;

	@Autowired
	AuditLog auditLog;

	@Autowired
	TeamService teamService;

	TestAccount adminAccount;

	RequestPostProcessor admin;

	@BeforeEach
	void signInAsAdmin() {
		this.adminAccount = this.fixtures.account(Role.ADMIN);
		this.admin = SecurityMockMvcRequestPostProcessors.user(this.fixtures.signedIn(this.adminAccount));
	}

	@Test
	void adminCreatesAConsultantWhoCanThenSignIn() {
		TestTeam team = this.fixtures.team();
		String username = TestFixtures.unique("sanne");
		MvcTestResult result = this.mvc.perform(post("/admin/accounts/new").param("username", username)
			.param("displayName", "Sanne Bakker")
			.param("email", "sanne@gemeente.example")
			.param("role", "CONSULTANT")
			.param("teamIds", String.valueOf(team.getId()))
			.param("password", "een lange zin als wachtwoord")
			.with(csrf())
			.with(this.admin));
		Account created = this.accountRepository.findByUsername(username).orElseThrow();
		assertThat(result).hasRedirectedUrl("/admin/accounts/" + created.getId())
			.flash()
			.containsEntry("saved", "account.created");
		assertThat(this.accounts.get(created.getId()).getTeams()).extracting(Team::getName)
			.containsExactly(team.getName());
		assertThat(this.mvc.perform(formLogin("/login").user(username).password("een lange zin als wachtwoord")))
			.hasRedirectedUrl("/");
	}

	@Test
	void shortPasswordIsRefusedAtTheField() {
		TestTeam team = this.fixtures.team();
		assertThat(this.mvc.perform(post("/admin/accounts/new").param("username", TestFixtures.unique("kort"))
			.param("displayName", "Kort Wachtwoord")
			.param("role", "CONSULTANT")
			.param("teamIds", String.valueOf(team.getId()))
			.param("password", "elf tekens!")
			.with(csrf())
			.with(this.admin))).hasStatusOk()
			.model()
			.extractingBindingResult("accountForm")
			.hasFieldErrorCode("password", "Size");
	}

	@Test
	void consultantNeedsExactlyOneTeam() {
		TestTeam one = this.fixtures.team();
		TestTeam two = this.fixtures.team();
		assertThat(this.mvc.perform(post("/admin/accounts/new").param("username", TestFixtures.unique("twee"))
			.param("displayName", "Twee Teams")
			.param("role", "CONSULTANT")
			.param("teamIds", String.valueOf(one.getId()), String.valueOf(two.getId()))
			.param("password", "een lange zin als wachtwoord")
			.with(csrf())
			.with(this.admin))).model()
			.extractingBindingResult("accountForm")
			.hasFieldErrorCode("teamIds", "account.teams.consultantOne");
	}

	@Test
	void takenUsernameIsAFieldError() {
		TestAccount existing = this.fixtures.account(Role.CONSULTANT, this.fixtures.team());
		assertThat(this.mvc.perform(post("/admin/accounts/new").param("username", existing.getUsername())
			.param("displayName", "Dubbel")
			.param("role", "ADMIN")
			.param("password", "een lange zin als wachtwoord")
			.with(csrf())
			.with(this.admin))).model()
			.extractingBindingResult("accountForm")
			.hasFieldErrorCode("username", "account.username.taken");
	}

	@Test
	void adminCannotDeactivateThemselves() {
		assertThat(this.mvc
			.perform(post("/admin/accounts/{id}/deactivate", this.adminAccount.getId()).with(csrf()).with(this.admin)))
			.hasRedirectedUrl("/admin/accounts/" + this.adminAccount.getId())
			.flash()
			.containsEntry("problem", "account.deactivate.self");
		assertThat(this.accounts.get(this.adminAccount.getId()).isActive()).isTrue();
	}

	@Test
	void theLastActiveAdminCannotBeRemoved() {
		TestAccount otherAdmin = this.fixtures.account(Role.ADMIN);
		// Leave exactly one active admin. The database is shared, so the others are
		// restored at the end.
		List<Account> others = this.accountRepository.findAll()
			.stream()
			.filter((a) -> a.getRole() == Role.ADMIN && a.isActive() && !a.getId().equals(this.adminAccount.getId()))
			.toList();
		others.forEach((a) -> this.accounts.deactivate(a.getId(), this.adminAccount.getId()));
		try {
			assertThat(this.accountRepository.countByRoleAndActiveTrue(Role.ADMIN)).isEqualTo(1);

			Account lastAdmin = this.accounts.get(this.adminAccount.getId());
			assertThatThrownBy(() -> this.accounts.update(lastAdmin.getId(), lastAdmin.getVersion(), otherAdmin.getId(),
					lastAdmin.getDisplayName(), null, Role.CONSULTANT, List.of(this.fixtures.team().getId())))
				.isInstanceOf(FieldProblem.class)
				.extracting("messageKey")
				.isEqualTo("account.lastAdmin");
			assertThatThrownBy(() -> this.accounts.deactivate(lastAdmin.getId(), otherAdmin.getId()))
				.isInstanceOf(FieldProblem.class)
				.extracting("messageKey")
				.isEqualTo("account.lastAdmin");
		}
		finally {
			others.forEach((a) -> this.accounts.reactivate(a.getId()));
		}
	}

	@Test
	void adminChangesRoleAndTeams() {
		TestTeam wmo = this.fixtures.team();
		TestTeam jeugd = this.fixtures.team();
		TestAccount account = this.fixtures.account(Role.CONSULTANT, wmo);
		assertThat(this.mvc.perform(post("/admin/accounts/{id}", account.getId()).param("displayName", "Nieuwe Lead")
			.param("role", "TEAM_LEAD")
			.param("teamIds", String.valueOf(wmo.getId()), String.valueOf(jeugd.getId()))
			.param("version", String.valueOf(this.accounts.get(account.getId()).getVersion()))
			.with(csrf())
			.with(this.admin))).hasRedirectedUrl("/admin/accounts/" + account.getId());
		Account changed = this.accounts.get(account.getId());
		assertThat(changed.getRole()).isEqualTo(Role.TEAM_LEAD);
		assertThat(changed.getTeams()).hasSize(2);
	}

	@Test
	void resetPasswordNeedsTwoEqualLongPasswords() {
		TestAccount account = this.fixtures.account(Role.CONSULTANT, this.fixtures.team());
		assertThat(this.mvc
			.perform(post("/admin/accounts/{id}/password", account.getId()).param("newPassword", "een nieuwe lange zin")
				.param("confirmation", "een andere lange zin")
				.with(csrf())
				.with(this.admin)))
			.model()
			.extractingBindingResult("passwordForm")
			.hasFieldErrorCode("confirmation", "password.confirmation.mismatch");
		assertThat(this.mvc
			.perform(post("/admin/accounts/{id}/password", account.getId()).param("newPassword", "een nieuwe lange zin")
				.param("confirmation", "een nieuwe lange zin")
				.with(csrf())
				.with(this.admin)))
			.hasRedirectedUrl("/admin/accounts/" + account.getId())
			.flash()
			.containsEntry("saved", "account.passwordReset");
		assertThat(this.mvc.perform(formLogin("/login").user(account.getUsername()).password("een nieuwe lange zin")))
			.hasRedirectedUrl("/");
	}

	@Test
	void userChangesOwnPasswordOnlyWithTheCurrentOne() {
		TestAccount account = this.fixtures.account(Role.CONSULTANT, this.fixtures.team());
		RequestPostProcessor consultant = SecurityMockMvcRequestPostProcessors.user(this.fixtures.signedIn(account));
		assertThat(this.mvc.perform(post("/account/password").param("currentPassword", "niet mijn wachtwoord")
			.param("newPassword", "mijn nieuwe lange zin")
			.param("confirmation", "mijn nieuwe lange zin")
			.with(csrf())
			.with(consultant))).model()
			.extractingBindingResult("passwordForm")
			.hasFieldErrorCode("currentPassword", "password.current.wrong");
		assertThat(this.mvc.perform(post("/account/password").param("currentPassword", TestFixtures.PASSWORD)
			.param("newPassword", "mijn nieuwe lange zin")
			.param("confirmation", "mijn nieuwe lange zin")
			.with(csrf())
			.with(consultant))).hasRedirectedUrl("/");
	}

	@Test
	void accountListFiltersByRoleTeamAndStatus() {
		TestTeam team = this.fixtures.team();
		TestAccount lead = this.fixtures.account(Role.TEAM_LEAD, team);
		TestAccount consultant = this.fixtures.account(Role.CONSULTANT, team);
		assertThat(this.mvc.perform(get("/admin/accounts").param("team", String.valueOf(team.getId()))
			.param("role", "CONSULTANT")
			.param("status", "active")
			.with(this.admin))).hasStatusOk()
			.bodyText()
			.contains(consultant.getUsername())
			.doesNotContain(lead.getUsername());
	}

	@Test
	void anArchivedTeamIsKeptOnEditButNobodyIsNewlyPlacedInIt() {
		TestTeam team = this.fixtures.team();
		TestAccount consultant = this.fixtures.account(Role.CONSULTANT, team);
		this.teamService.archive(team.getId());
		Account renamed = this.accounts.update(consultant.getId(), this.accounts.get(consultant.getId()).getVersion(),
				this.adminAccount.getId(), "Nieuwe Naam", null, Role.CONSULTANT, List.of(team.getId()));
		assertThat(renamed.getDisplayName()).isEqualTo("Nieuwe Naam");
		assertThatThrownBy(() -> this.accounts.create(TestFixtures.unique("nieuw"), "Nieuw", null, Role.CONSULTANT,
				List.of(team.getId()), TestFixtures.PASSWORD))
			.isInstanceOf(FieldProblem.class)
			.extracting("messageKey")
			.isEqualTo("account.teams.archived");
	}

	@Test
	void everyChangeIsInTheHistory() {
		TestAccount account = this.fixtures.account(Role.CONSULTANT, this.fixtures.team());
		this.accounts.unlock(account.getId());
		assertThat(this.auditLog.historyOf(AccountService.AUDIT_SUBJECT, account.getId(), Pageable.ofSize(10)))
			.extracting("action")
			.containsExactly("ACCOUNT_UNLOCKED", "ACCOUNT_CREATED");
		assertThat(this.mvc.perform(get("/admin/history").param("type", "ACCOUNT").with(this.admin))).hasStatusOk()
			.bodyText()
			.contains(account.getUsername());
	}

}
