package nl.omgekeerdetoets.teams;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first admin on a database that has none, from settings given at start-up
 * ({@code OT_ADMIN_USERNAME}, {@code OT_ADMIN_PASSWORD}). Once an admin exists the
 * settings are ignored, so they can stay in place.
 */
@Component
@Order(10)
class BootstrapAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

	private final AccountRepository accounts;

	private final AccountService accountService;

	private final Settings settings;

	BootstrapAdmin(AccountRepository accounts, AccountService accountService, Settings settings) {
		this.accounts = accounts;
		this.accountService = accountService;
		this.settings = settings;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.anyAdminExists()) {
			return;
		}
		if (this.settings.username().isBlank() || this.settings.password().isBlank()) {
			log.warn("There is no admin account yet. Set OT_ADMIN_USERNAME and OT_ADMIN_PASSWORD and restart "
					+ "to create the first one.");
			return;
		}
		if (this.settings.password().length() < PasswordRules.MIN_LENGTH) {
			throw new IllegalStateException(
					"OT_ADMIN_PASSWORD must have at least " + PasswordRules.MIN_LENGTH + " characters");
		}
		PasswordRules.problem(this.settings.password(), this.settings.username(), this.settings.displayName())
			.ifPresent((problem) -> {
				throw new IllegalStateException("OT_ADMIN_PASSWORD is refused (" + problem + "): choose another");
			});
		this.accountService.create(this.settings.username(), this.settings.displayName(), null, Role.ADMIN, List.of(),
				this.settings.password());
		log.info("Created the first admin account '{}'", this.settings.username());
	}

	@ConfigurationProperties("ot.bootstrap-admin")
	record Settings(String username, String password, String displayName) {

		Settings {
			username = (username == null) ? "" : username.strip();
			password = (password == null) ? "" : password;
			displayName = (displayName == null || displayName.isBlank()) ? "Beheerder" : displayName.strip();
		}

	}

}
