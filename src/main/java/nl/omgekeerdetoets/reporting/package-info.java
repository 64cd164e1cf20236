/**
 * Monitoring: a lead's overview of their teams' casework and workload over a period, with
 * charts drawn on the server and exports. Figures come aggregated from the modules that
 * own the data (cases, review); this module composes and shows them.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit", "teams", "cases", "review", "prices", "system" })
package nl.omgekeerdetoets.reporting;

import org.springframework.modulith.ApplicationModule;
