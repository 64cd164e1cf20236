package nl.omgekeerdetoets.cases;

import java.io.Serial;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The case is not in a status that allows this step (e.g. approving a draft). Shown as
 * the 409 page: usually someone else moved the case on meanwhile.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class IllegalCaseTransitionException extends RuntimeException {

	@Serial
	private static final long serialVersionUID = 1L;

	IllegalCaseTransitionException(CaseStatus current) {
		super("Not allowed while the case is " + current);
	}

	IllegalCaseTransitionException(String message) {
		super(message);
	}

}
