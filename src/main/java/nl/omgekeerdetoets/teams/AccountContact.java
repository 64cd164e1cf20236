package nl.omgekeerdetoets.teams;

import java.util.List;

/**
 * How to reach someone by mail, as other modules see it: the address the admin keeps and
 * the language the person chose for their mails.
 *
 * @param id the account's id
 * @param displayName the name shown to colleagues
 * @param email the address, or null when none is known
 * @param language nl or en
 */
public record AccountContact(long id, String displayName, String email, String language) {

	/** The languages a mail can be written in, Dutch first. */
	public static final List<String> LANGUAGES = List.of("nl", "en");

}
