package nl.omgekeerdetoets.library;

/** What an admin sets on a law. */
record LawDetails(String name, String purpose, int position, boolean active) {

}
