package nl.omgekeerdetoets.teams;

/**
 * A member of a team as other modules see them.
 *
 * @param id the account's id
 * @param displayName the name shown to colleagues
 */
public record MemberSummary(long id, String displayName) {

}
