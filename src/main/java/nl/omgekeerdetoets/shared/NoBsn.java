package nl.omgekeerdetoets.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The text must not hold a BSN (see {@link Bsn}). Put on every free-text field: of a
 * case, and of the admin's teams, accounts and law library too, because those texts are
 * shown to everyone and a BSN typed there by mistake would leak just the same.
 */
@Documented
@Constraint(validatedBy = NoBsn.Validator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface NoBsn {

	String message() default "{validation.noBsn}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<NoBsn, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return !Bsn.occursIn(value);
		}

	}

}
