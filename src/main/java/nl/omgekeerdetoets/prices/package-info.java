/**
 * The price list: products and services with their unit, payer and prices over time, kept
 * by the admin. Other modules read it through PriceList as PriceQuote.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit" })
package nl.omgekeerdetoets.prices;

import org.springframework.modulith.ApplicationModule;
