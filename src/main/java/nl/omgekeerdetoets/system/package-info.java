/**
 * What every request needs: security, sessions, locale, error pages, the embedded
 * development database, event retries and shared web helpers.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit" })
package nl.omgekeerdetoets.system;

import org.springframework.modulith.ApplicationModule;
