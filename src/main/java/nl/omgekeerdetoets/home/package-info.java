/**
 * The start page per role.
 */
@ApplicationModule(allowedDependencies = { "teams", "review", "cases", "reporting" })
package nl.omgekeerdetoets.home;

import org.springframework.modulith.ApplicationModule;
