package nl.omgekeerdetoets.system;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The session store as the session filter sees it: a request reads its session from
 * PostgreSQL once. Spring Session's filter saves the session when the response is
 * committed, forgets what it read, and at the end of the request asks the store again for
 * the session it just saved; that second read, on every page, is answered here from what
 * this request already read or saved. Outside a request (listeners, jobs) every call goes
 * to the store.
 */
final class ReadOnceSessionRepository<S extends Session> implements SessionRepository<S> {

	private static final ThreadLocal<Map<String, Session>> thisRequest = new ThreadLocal<>();

	private final SessionRepository<S> store;

	ReadOnceSessionRepository(SessionRepository<S> store) {
		this.store = store;
	}

	@Override
	public S createSession() {
		return this.store.createSession();
	}

	@Override
	public void save(S session) {
		this.store.save(session);
		remember(session);
	}

	@Override
	@SuppressWarnings("unchecked")
	public S findById(String id) {
		Map<String, Session> known = thisRequest.get();
		if (known != null && known.containsKey(id)) {
			return (S) known.get(id);
		}
		S session = this.store.findById(id);
		if (session != null) {
			remember(session);
		}
		return session;
	}

	@Override
	public void deleteById(String id) {
		this.store.deleteById(id);
		Map<String, Session> known = thisRequest.get();
		if (known != null) {
			known.remove(id);
		}
	}

	private static void remember(Session session) {
		Map<String, Session> known = thisRequest.get();
		if (known != null) {
			known.put(session.getId(), session);
		}
	}

	/**
	 * Marks the span of one request, just outside the session filter: what was read in it
	 * is forgotten at its end.
	 */
	static final class RequestSpan extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			Map<String, Session> outer = thisRequest.get();
			thisRequest.set(new HashMap<>());
			try {
				chain.doFilter(request, response);
			}
			finally {
				if (outer == null) {
					thisRequest.remove();
				}
				else {
					thisRequest.set(outer);
				}
			}
		}

	}

}
