package nl.omgekeerdetoets.shared;

import java.io.Serial;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The record asked for does not exist, or its existence is not the asker's business.
 * Shown as a 404 page.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RecordNotFoundException extends RuntimeException {

	@Serial
	private static final long serialVersionUID = 1L;

	public RecordNotFoundException(String what, Object id) {
		super(what + " " + id + " not found");
	}

}
