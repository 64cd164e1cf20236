package nl.omgekeerdetoets.shared;

/**
 * A value that names its own message, such as a status or a law domain: for the pages
 * that show one of several kinds of value in one place (a filter's choices).
 */
public interface Labelled {

	/** The message key of the value's name. */
	String messageKey();

}
