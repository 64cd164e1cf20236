package nl.omgekeerdetoets.system;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The session store as the session filter sees it: a request reads its session from
 * PostgreSQL once, and writes it only when something in it changed or its last write is
 * {@link #EXTEND_AFTER} old. Spring Session's filter saves the session when the response
 * is committed, forgets what it read, and at the end of the request asks the store again
 * for the session it just saved; that second read, on every page, is answered here from
 * what this request already read or saved. And it saves on every request, if only to set
 * the last access time: that write is left out here, as it would be left out by the
 * update's own condition in the database (SessionConfiguration), without the round trip.
 * Outside a request (listeners, jobs) every call goes to the store.
 */
final class ReadOnceSessionRepository<S extends Session>
		implements SessionRepository<ReadOnceSessionRepository.Tracked<S>> {

	/** How long a session's last access may lag behind before it is written anyway. */
	static final Duration EXTEND_AFTER = Duration.ofMinutes(1);

	private static final ThreadLocal<Map<String, Tracked<?>>> thisRequest = new ThreadLocal<>();

	private final SessionRepository<S> store;

	ReadOnceSessionRepository(SessionRepository<S> store) {
		this.store = store;
	}

	@Override
	public Tracked<S> createSession() {
		return new Tracked<>(this.store.createSession(), null);
	}

	@Override
	public void save(Tracked<S> session) {
		if (!session.needsWriting()) {
			remember(session);
			return;
		}
		this.store.save(session.delegate);
		session.written();
		remember(session);
	}

	@Override
	@SuppressWarnings("unchecked")
	public Tracked<S> findById(String id) {
		Map<String, Tracked<?>> known = thisRequest.get();
		if (known != null && known.containsKey(id)) {
			return (Tracked<S>) known.get(id);
		}
		S session = this.store.findById(id);
		if (session == null) {
			return null;
		}
		Tracked<S> tracked = new Tracked<>(session, session.getLastAccessedTime());
		remember(tracked);
		return tracked;
	}

	@Override
	public void deleteById(String id) {
		this.store.deleteById(id);
		Map<String, Tracked<?>> known = thisRequest.get();
		if (known != null) {
			known.remove(id);
		}
	}

	private static void remember(Tracked<?> session) {
		Map<String, Tracked<?>> known = thisRequest.get();
		if (known != null) {
			known.put(session.getId(), session);
		}
	}

	/**
	 * A session as read or created, which knows whether anything in it changed since it
	 * was last written: an attribute set or removed, a new id, a new timeout. Reading
	 * changes nothing, as in the store's default save mode.
	 *
	 * @param <S> the store's session
	 */
	static final class Tracked<S extends Session> implements Session {

		private final S delegate;

		/**
		 * The last access as written in the store, or null for a session never written.
		 */
		private Instant written;

		private boolean changed;

		Tracked(S delegate, Instant written) {
			this.delegate = delegate;
			this.written = written;
		}

		boolean needsWriting() {
			return this.written == null || this.changed
					|| Duration.between(this.written, this.delegate.getLastAccessedTime()).compareTo(EXTEND_AFTER) >= 0;
		}

		void written() {
			this.written = this.delegate.getLastAccessedTime();
			this.changed = false;
		}

		@Override
		public String getId() {
			return this.delegate.getId();
		}

		@Override
		public String changeSessionId() {
			this.changed = true;
			return this.delegate.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return this.delegate.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.delegate.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			this.changed = true;
			this.delegate.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			if (this.delegate.getAttribute(attributeName) != null) {
				this.changed = true;
			}
			this.delegate.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.delegate.getCreationTime();
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			this.delegate.setLastAccessedTime(lastAccessedTime);
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.delegate.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			if (!interval.equals(this.delegate.getMaxInactiveInterval())) {
				this.changed = true;
			}
			this.delegate.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.delegate.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.delegate.isExpired();
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
			Map<String, Tracked<?>> outer = thisRequest.get();
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
