package nl.omgekeerdetoets.prices;

/** What an admin says about an item: everything but its unit, payer and prices. */
record PriceItemDetails(String name, String description, String sourceNote, boolean example) {

}
