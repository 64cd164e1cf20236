package nl.omgekeerdetoets.shared;

import java.io.Serial;

/**
 * A business rule refused a value the user gave. Controllers put it on the form field it
 * concerns, so the user sees it where they typed, in their language.
 */
public class FieldProblem extends RuntimeException {

	@Serial
	private static final long serialVersionUID = 1L;

	private final String field;

	private final String messageKey;

	private final transient Object[] arguments;

	public FieldProblem(String field, String messageKey, Object... arguments) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments;
	}

}
