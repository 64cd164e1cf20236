package nl.omgekeerdetoets.review;

import java.time.Instant;

import nl.omgekeerdetoets.cases.Step;

/**
 * A compliment as the consultant who received it sees it on their start page.
 *
 * @param caseId the case it is about
 * @param step the step it praises
 * @param text what the lead wrote
 * @param leadName the lead who gave it
 * @param at when
 */
public record ReceivedCompliment(long caseId, Step step, String text, String leadName, Instant at) {

}
