package nl.omgekeerdetoets.teams;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.omgekeerdetoets.shared.FieldOrder;
import nl.omgekeerdetoets.shared.NoBsn;

@FieldOrder({ "username", "displayName", "email", "externalId", "role", "teamIds", "password" })
class NewAccountForm extends AccountForm {

	@NotBlank(message = "{account.username.required}")
	@Pattern(regexp = "^[A-Za-z0-9._-]{3,50}$", message = "{account.username.pattern}")
	@NoBsn
	private String username;

	/**
	 * Required unless an identity provider is configured (the controller checks): then
	 * someone may sign in through it only.
	 */
	@Size(min = PasswordRules.MIN_LENGTH, max = PasswordRules.MAX_LENGTH, message = "{password.size}")
	private String password;

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		// An empty field is no password; anything else is kept exactly as typed.
		this.password = (password == null || password.isEmpty()) ? null : password;
	}

}
