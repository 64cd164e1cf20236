package nl.omgekeerdetoets.teams;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends someone's open sessions when their access changes (deactivated, new password,
 * other role), so the change takes effect at once on every app instance instead of at
 * their next login.
 */
@Component
class AccountSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	void endAll(String username) {
		endAllExcept(username, null);
	}

	void endAllExcept(String username, String keptSessionId) {
		this.sessions.findByPrincipalName(username)
			.keySet()
			.stream()
			.filter((id) -> !id.equals(keptSessionId))
			.forEach(this.sessions::deleteById);
	}

}
