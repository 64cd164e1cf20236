package nl.omgekeerdetoets.system;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * How long a session lasts without activity, for the page script that warns before it
 * ends, and the request that keeps it alive when the user says so.
 */
@Controller("sessionSettings")
class SessionSettings {

	private final Duration timeout;

	SessionSettings(@Value("${server.servlet.session.timeout}") Duration timeout) {
		this.timeout = timeout;
	}

	public int timeoutSeconds() {
		return (int) this.timeout.toSeconds();
	}

	@GetMapping("/session/keep-alive")
	ResponseEntity<Void> keepAlive() {
		return ResponseEntity.noContent().build();
	}

}
