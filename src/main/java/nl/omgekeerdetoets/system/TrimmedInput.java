package nl.omgekeerdetoets.system;

import java.beans.PropertyEditorSupport;
import java.util.List;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Text from forms and request parameters arrives trimmed, and blank text as {@code null},
 * so forms, validation and services see what the user meant. Passwords are taken exactly
 * as typed: a space at either end is part of them.
 */
@ControllerAdvice
class TrimmedInput {

	static final List<String> PASSWORD_FIELDS = List.of("password", "currentPassword", "newPassword", "confirmation");

	@InitBinder
	void trimText(WebDataBinder binder) {
		// PostgreSQL cannot store a NUL character; it never belongs in typed text.
		binder.registerCustomEditor(String.class, new StringTrimmerEditor("\u0000", true));
		// An editor for a field wins over the one for the type.
		PASSWORD_FIELDS.forEach((field) -> binder.registerCustomEditor(String.class, field, new AsTyped()));
	}

	private static final class AsTyped extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			setValue(text);
		}

	}

}
