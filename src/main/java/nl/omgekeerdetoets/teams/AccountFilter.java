package nl.omgekeerdetoets.teams;

/**
 * The filters of the account list, bound from the query string.
 *
 * @param q text to find in the username, name or e-mail address
 * @param role only accounts with this role
 * @param team only accounts in (or leading) this team
 * @param status {@code active}, {@code inactive}, {@code waiting} (signed in at the
 * identity provider, without a role yet) or empty for all
 */
record AccountFilter(String q, Role role, Long team, String status) {

	String query() {
		return (this.q == null) ? "" : this.q;
	}

	Boolean active() {
		if ("active".equals(this.status)) {
			return true;
		}
		return ("inactive".equals(this.status) || "waiting".equals(this.status)) ? false : null;
	}

	Boolean waiting() {
		return "waiting".equals(this.status) ? true : null;
	}

}
