/**
 * Similar earlier cases: on step 4 and on the review page, the approved and evaluated
 * cases most like the one at hand, and the consultant's note of which of them they
 * compared with. What a user sees of another team's case is only its anonymised exemplary
 * or casebook entry; of a case they may read, what its own page shows.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit", "teams", "cases" })
package nl.omgekeerdetoets.similarity;

import org.springframework.modulith.ApplicationModule;
