/**
 * Small building blocks every module may use: exceptions that carry a user-facing
 * meaning, paging helpers.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package nl.omgekeerdetoets.shared;
