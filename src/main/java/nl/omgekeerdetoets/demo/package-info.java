/**
 * Demo teams and accounts for the embedded development database.
 */
@ApplicationModule(allowedDependencies = { "teams", "system" })
package nl.omgekeerdetoets.demo;

import org.springframework.modulith.ApplicationModule;
