package nl.omgekeerdetoets.system;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Sign-ins for the monitoring, counted by outcome: signed in, a wrong password, refused
 * because the account is locked out after too many attempts, or deactivated. A sudden
 * rise of failures or lockouts is what an operator wants to see; who tried is in the
 * audit log, not here.
 */
@Component
class SignInMetrics {

	private final Counter succeeded;

	private final Counter badCredentials;

	private final Counter locked;

	private final Counter disabled;

	private final Counter otherFailures;

	SignInMetrics(MeterRegistry registry) {
		this.succeeded = counter(registry, "success");
		this.badCredentials = counter(registry, "bad_credentials");
		this.locked = counter(registry, "locked");
		this.disabled = counter(registry, "disabled");
		this.otherFailures = counter(registry, "other_failure");
	}

	private static Counter counter(MeterRegistry registry, String outcome) {
		return Counter.builder("ot.sign.ins")
			.description("Sign-ins by outcome")
			.tag("outcome", outcome)
			.register(registry);
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		this.succeeded.increment();
	}

	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		if (event instanceof AuthenticationFailureBadCredentialsEvent) {
			this.badCredentials.increment();
		}
		else if (event instanceof AuthenticationFailureLockedEvent) {
			this.locked.increment();
		}
		else if (event instanceof AuthenticationFailureDisabledEvent) {
			this.disabled.increment();
		}
		else {
			this.otherFailures.increment();
		}
	}

}
