package nl.omgekeerdetoets.system;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * How long a session lasts without activity, for the page script that warns before it
 * ends, and the request that keeps it alive when the user says so.
 */
@Controller("sessionSettings")
class SessionSettings {

	public int timeoutSeconds() {
		return SessionConfiguration.MAX_INACTIVE_SECONDS;
	}

	@GetMapping("/session/keep-alive")
	ResponseEntity<Void> keepAlive() {
		return ResponseEntity.noContent().build();
	}

}
