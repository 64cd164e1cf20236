package nl.omgekeerdetoets.library;

/** What an admin sets on a goal of a law. */
record LawGoalDetails(String description, String articleReference, int position) {

}
