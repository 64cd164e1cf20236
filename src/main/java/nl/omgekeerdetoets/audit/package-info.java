/**
 * The change history: who did what, when, to which record; never case text. Records lines
 * as other modules ask and as their AuditableEvents arrive.
 */
@ApplicationModule(allowedDependencies = {})
package nl.omgekeerdetoets.audit;

import org.springframework.modulith.ApplicationModule;
