package nl.omgekeerdetoets.shared;

import java.io.Serial;

/**
 * Someone saved the record after the user opened it. The user's input must be shown
 * again, never silently applied over the newer version.
 */
public class StaleVersionException extends RuntimeException {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long currentVersion;

	public StaleVersionException(long currentVersion) {
		super("The record was changed meanwhile; now at version " + currentVersion);
		this.currentVersion = currentVersion;
	}

	public long currentVersion() {
		return this.currentVersion;
	}

	/** Throws when the version the user started from is no longer the saved one. */
	public static void check(long submittedVersion, long currentVersion) {
		if (submittedVersion != currentVersion) {
			throw new StaleVersionException(currentVersion);
		}
	}

}
