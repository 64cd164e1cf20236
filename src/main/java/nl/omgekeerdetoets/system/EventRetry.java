package nl.omgekeerdetoets.system;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Hands events whose listener failed (the audit log or a notification could not be
 * written, say while the database was away) to their listeners again, so that they are
 * not only retried at the next start. Old enough not to race a listener still running.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class EventRetry {

	private final IncompleteEventPublications incomplete;

	private final Duration minimumAge;

	EventRetry(IncompleteEventPublications incomplete, @Value("${ot.events.retry-after:PT1M}") Duration minimumAge) {
		this.incomplete = incomplete;
		this.minimumAge = minimumAge;
	}

	@Scheduled(fixedDelayString = "${ot.events.retry-every:PT1M}", initialDelayString = "${ot.events.retry-every:PT1M}")
	void retryFailedEvents() {
		this.incomplete.resubmitIncompletePublicationsOlderThan(this.minimumAge);
	}

}
