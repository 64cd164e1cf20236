/**
 * The law library (grondwaarden): laws and their goals, kept by the admin. Other modules
 * read it through LawLibrary as LawSummary and GoalSummary.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit" })
package nl.omgekeerdetoets.library;

import org.springframework.modulith.ApplicationModule;
