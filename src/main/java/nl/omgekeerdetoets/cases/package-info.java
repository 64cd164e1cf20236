/**
 * Cases and the four steps of the Omgekeerde Toets, submit and evaluation, the case
 * lists, and CasePolicy: who may do what with a case. Other modules see a case as
 * CaseSummary, ask CasePolicy, and follow its life through CaseEvents.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit", "teams", "library", "system", "prices" })
package nl.omgekeerdetoets.cases;

import org.springframework.modulith.ApplicationModule;
