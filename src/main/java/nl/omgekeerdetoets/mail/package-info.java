/**
 * E-mail notifications: what each person wants by mail, the outbox the mails wait in, and
 * the one sender across all instances that sends them (at once or as a daily digest). Fed
 * by the review module's notifications and the cases module's submissions in the same
 * transaction, and by a daily scan for follow-ups and actions coming due. Without a mail
 * server configured it queues and sends nothing.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit", "teams", "cases", "review", "reporting" })
package nl.omgekeerdetoets.mail;

import org.springframework.modulith.ApplicationModule;
