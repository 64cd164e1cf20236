package nl.omgekeerdetoets.cases;

/**
 * Something a case still needs before it can be submitted: which step, which field (the
 * id of the input, to link to), and the message that says what is missing.
 */
public record Gap(Step step, String field, String messageKey) implements java.io.Serializable {

}
