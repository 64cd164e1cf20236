package nl.omgekeerdetoets.teams;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;

/**
 * A new password typed twice: by the admin when resetting, by the user when changing
 * their own (then with the current password as well).
 */
class PasswordForm {

	private String currentPassword;

	@NotBlank(message = "{password.required}")
	@Size(min = PasswordRules.MIN_LENGTH, max = PasswordRules.MAX_LENGTH, message = "{password.size}")
	private String newPassword;

	private String confirmation;

	/**
	 * Adds a field error when the new password is common, predictable, personal or too
	 * long for bcrypt (see {@link PasswordRules}).
	 */
	void checkRules(BindingResult result, String username, String displayName) {
		if (!result.hasFieldErrors("newPassword")) {
			PasswordRules.problem(this.newPassword, username, displayName)
				.ifPresent((problem) -> result.rejectValue("newPassword", problem));
		}
	}

	/** Adds a field error when the two new passwords differ. */
	void checkConfirmation(BindingResult result) {
		if (this.newPassword != null && !this.newPassword.equals(this.confirmation)) {
			result.rejectValue("confirmation", "password.confirmation.mismatch");
		}
	}

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return this.newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getConfirmation() {
		return this.confirmation;
	}

	public void setConfirmation(String confirmation) {
		this.confirmation = confirmation;
	}

}
