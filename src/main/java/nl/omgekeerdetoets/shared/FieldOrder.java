package nl.omgekeerdetoets.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The order in which a form shows its fields, where it differs from the order the form
 * class declares them (a subclass adding fields before and after its superclass's): the
 * error summary lists problems in this order. Fields not named come after, in declared
 * order.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface FieldOrder {

	String[] value();

}
