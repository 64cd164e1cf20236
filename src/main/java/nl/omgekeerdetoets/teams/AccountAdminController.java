package nl.omgekeerdetoets.teams;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import nl.omgekeerdetoets.shared.FieldProblem;
import nl.omgekeerdetoets.shared.StaleVersionException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/accounts")
class AccountAdminController {

	private static final String FORM = "admin/accounts/form";

	private static final String PASSWORD_FORM = "admin/accounts/password";

	private static final java.util.Set<String> SORTABLE = java.util.Set.of("displayName", "username");

	private final AccountService accounts;

	private final TeamService teams;

	/**
	 * Whether an identity provider is configured: then the form shows the external
	 * identity, and a new account's password is optional.
	 */
	private final boolean singleSignOn;

	AccountAdminController(AccountService accounts, TeamService teams,
			ObjectProvider<ClientRegistrationRepository> providers) {
		this.accounts = accounts;
		this.teams = teams;
		this.singleSignOn = providers.getIfAvailable() != null;
	}

	@ModelAttribute("singleSignOn")
	boolean singleSignOn() {
		return this.singleSignOn;
	}

	@ModelAttribute("roles")
	Role[] roles() {
		return Role.values();
	}

	@GetMapping
	String list(@ModelAttribute("filter") AccountFilter filter,
			@PageableDefault(size = 20, sort = "displayName") Pageable pageable, Model model) {
		// Only these sorts reach the database; anything else in the URL is ignored.
		Sort sort = Sort.by(pageable.getSort()
			.stream()
			.filter((order) -> SORTABLE.contains(order.getProperty()))
			.map(Sort.Order::ignoreCase)
			.toList());
		if (sort.isUnsorted()) {
			sort = Sort.by(Sort.Order.asc("displayName").ignoreCase());
		}
		Page<Account> page = this.accounts.search(filter,
				PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort));
		model.addAttribute("accounts", page);
		model.addAttribute("allTeams", this.teams.activeTeams());
		return "admin/accounts/list";
	}

	@GetMapping("/new")
	String newAccount(Model model) {
		model.addAttribute("accountForm", new NewAccountForm());
		return showForm(model);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("accountForm") NewAccountForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (form.getPassword() == null) {
			if (!this.singleSignOn) {
				result.rejectValue("password", "password.required");
			}
		}
		else if (!result.hasFieldErrors("password")) {
			PasswordRules.problem(form.getPassword(), form.getUsername(), form.getDisplayName())
				.ifPresent((problem) -> result.rejectValue("password", problem));
		}
		if (result.hasErrors()) {
			return showForm(model);
		}
		try {
			MemberSummary account = this.accounts.create(form.getUsername(), form.getDisplayName(), form.getEmail(),
					form.getRole(), form.getTeamIds(), form.getPassword(),
					this.singleSignOn ? form.getExternalId() : null);
			return savedRedirect(redirect, "account.created", account.id(), account.displayName());
		}
		catch (FieldProblem problem) {
			result.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), null);
			return showForm(model);
		}
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		Account account = this.accounts.get(id);
		model.addAttribute("accountForm", AccountForm.from(account));
		return showForm(model, account);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("accountForm") AccountForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser admin, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showForm(model, this.accounts.get(id));
		}
		try {
			boolean waiting = this.accounts.get(id).isWaiting();
			Account account = this.singleSignOn
					? this.accounts.update(id, form.getVersion(), admin.id(), form.getDisplayName(), form.getEmail(),
							form.getRole(), form.getTeamIds(), form.getExternalId())
					: this.accounts.update(id, form.getVersion(), admin.id(), form.getDisplayName(), form.getEmail(),
							form.getRole(), form.getTeamIds());
			return savedRedirect(redirect, waiting ? "account.admitted" : "account.saved", account);
		}
		catch (FieldProblem problem) {
			result.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), null);
			return showForm(model, this.accounts.get(id));
		}
		catch (StaleVersionException conflict) {
			result.reject("conflict.form");
			form.setVersion(conflict.currentVersion());
			return showForm(model, this.accounts.get(id));
		}
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable long id, @AuthenticationPrincipal SignedInUser admin, RedirectAttributes redirect) {
		try {
			this.accounts.deactivate(id, admin.id());
			return savedRedirect(redirect, "account.deactivated", this.accounts.get(id));
		}
		catch (FieldProblem problem) {
			redirect.addFlashAttribute("problem", problem.messageKey());
			return "redirect:/admin/accounts/" + id;
		}
	}

	@PostMapping("/{id}/reactivate")
	String reactivate(@PathVariable long id, RedirectAttributes redirect) {
		try {
			this.accounts.reactivate(id);
			return savedRedirect(redirect, "account.reactivated", this.accounts.get(id));
		}
		catch (FieldProblem problem) {
			redirect.addFlashAttribute("problem", problem.messageKey());
			return "redirect:/admin/accounts/" + id;
		}
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable long id, RedirectAttributes redirect) {
		this.accounts.unlock(id);
		return savedRedirect(redirect, "account.unlocked", this.accounts.get(id));
	}

	@GetMapping("/{id}/password")
	String passwordForm(@PathVariable long id, Model model) {
		model.addAttribute("account", this.accounts.get(id));
		model.addAttribute("passwordForm", new PasswordForm());
		return PASSWORD_FORM;
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @Valid @ModelAttribute PasswordForm passwordForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Account account = this.accounts.get(id);
		passwordForm.checkRules(result, account.getUsername(), account.getDisplayName());
		passwordForm.checkConfirmation(result);
		if (result.hasErrors()) {
			model.addAttribute("account", account);
			return PASSWORD_FORM;
		}
		this.accounts.resetPassword(id, passwordForm.getNewPassword());
		return savedRedirect(redirect, "account.passwordReset", this.accounts.get(id));
	}

	private String showForm(Model model) {
		model.addAttribute("teamOptions", this.teams.activeTeams());
		return FORM;
	}

	private String showForm(Model model, Account account) {
		model.addAttribute("account", account);
		model.addAttribute("locked", this.accounts.isLocked(account.getId()));
		// Archived teams the account is still in stay visible and ticked, so saving keeps
		// them.
		List<Team> options = new ArrayList<>(this.teams.activeTeams());
		account.getTeams().stream().filter(Team::isArchived).forEach(options::add);
		model.addAttribute("teamOptions", options);
		return FORM;
	}

	private static String savedRedirect(RedirectAttributes redirect, String messageKey, Account account) {
		return savedRedirect(redirect, messageKey, account.getId(), account.getDisplayName());
	}

	private static String savedRedirect(RedirectAttributes redirect, String messageKey, long id, String name) {
		redirect.addFlashAttribute("saved", messageKey);
		redirect.addFlashAttribute("savedName", name);
		return "redirect:/admin/accounts/" + id;
	}

}
