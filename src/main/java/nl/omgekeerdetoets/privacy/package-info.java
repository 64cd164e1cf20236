/**
 * Privacy by design (AVG): retention rules kept by the admin, the daily run that deletes
 * cases past their time with a deletion log and a dry run, and legal holds. It reads and
 * deletes case rows by SQL (references, teams and dates only, never case text), as the
 * cases module's own history reads the audit table; a case's dependent rows go with it
 * through the database's cascades.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit", "teams", "cases", "system" })
package nl.omgekeerdetoets.privacy;

import org.springframework.modulith.ApplicationModule;
