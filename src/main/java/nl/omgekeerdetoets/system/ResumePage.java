package nl.omgekeerdetoets.system;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The page a user goes back to after a form could not be taken because its session had
 * expired. Only the step pages keep typed text in the browser until the server has it, so
 * only they are worth returning to; anything else starts from the start page. The same
 * rule checks the address the login form carries, so that it can never lead elsewhere
 * than to one of the app's own step pages.
 */
final class ResumePage {

	static final String PARAMETER = "continue";

	private static final Pattern STEP_PAGE = Pattern.compile("/cases/[1-9][0-9]{0,18}/steps/[a-z]{1,20}");

	private ResumePage() {
	}

	/** The page to resume at, if this path (without context path) is one. */
	static Optional<String> of(String path) {
		return (path != null && STEP_PAGE.matcher(path).matches()) ? Optional.of(path) : Optional.empty();
	}

}
