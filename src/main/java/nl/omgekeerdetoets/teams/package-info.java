/**
 * Teams, accounts and roles, login and lockout, the admin screens for them, and the own
 * password. Other modules see teams and members as TeamSummary and MemberSummary.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit" })
package nl.omgekeerdetoets.teams;

import org.springframework.modulith.ApplicationModule;
