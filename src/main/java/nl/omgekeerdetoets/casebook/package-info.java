/**
 * The casebook (casusboekje): anonymised entries for cases a lead proposed, yearly
 * editions put together from them, frozen when published, and their printable page and
 * PDF for the council.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit", "teams", "cases", "review", "prices", "system" })
package nl.omgekeerdetoets.casebook;

import org.springframework.modulith.ApplicationModule;
