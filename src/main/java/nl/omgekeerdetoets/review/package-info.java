/**
 * The lead's review of a case, comments, decisions, compliments, exemplary cases and
 * notifications.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit", "teams", "cases" })
package nl.omgekeerdetoets.review;

import org.springframework.modulith.ApplicationModule;
