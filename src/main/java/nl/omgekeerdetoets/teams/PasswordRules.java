package nl.omgekeerdetoets.teams;

/**
 * What a password must be. Length beats complexity rules (NIST SP 800-63B); 12 is the
 * minimum the municipality's security officer asked for.
 */
final class PasswordRules {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	private PasswordRules() {
	}

}
