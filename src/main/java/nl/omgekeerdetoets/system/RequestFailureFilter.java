package nl.omgekeerdetoets.system;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The last stop of a request that failed with an exception nobody handled: it writes a
 * log line that cannot hold case text, and shows the friendly error page.
 * <p>
 * Without it the servlet container logs the exception with its message, and messages of
 * database errors carry values: PostgreSQL's {@code Detail: Key (...)=(...)}, the
 * parameters of a batch. So the line here names the exception classes, SQL states and
 * where in the app it happened, never a message.
 * <p>
 * When the database cannot be reached (down, restarting, pool exhausted for
 * {@code spring.datasource.hikari.connection-timeout}) the answer is a 503 page that says
 * so. It is rendered by forwarding to the error page outside the session filter, because
 * the session lives in that same database; the next request tries the database again, so
 * the app recovers by itself when it is back. It sits before the session filter for the
 * same reason: loading or saving the session is what fails first.
 */
class RequestFailureFilter extends OncePerRequestFilter {

	/** Seconds a browser or proxy is told to wait before trying again. */
	static final String RETRY_AFTER_SECONDS = "10";

	private static final Logger log = LoggerFactory.getLogger(RequestFailureFilter.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (isDatabaseUnavailable(ex)) {
				log.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(),
						describe(ex));
				if (!response.isCommitted()) {
					showDatabaseUnavailable(request, response);
				}
				return;
			}
			log.error("Request {} {} failed: {}", request.getMethod(), request.getRequestURI(), describe(ex));
			if (!response.isCommitted()) {
				response.sendError(HttpStatus.INTERNAL_SERVER_ERROR.value());
			}
		}
	}

	private static void showDatabaseUnavailable(HttpServletRequest request, HttpServletResponse response)
			throws ServletException, IOException {
		response.reset();
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
		request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpStatus.SERVICE_UNAVAILABLE.value());
		request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
		request.getRequestDispatcher("/error").forward(request, response);
	}

	/**
	 * Whether the failure means the database cannot be reached, rather than that it
	 * refused a statement: no connection within the timeout, a broken connection (SQL
	 * state class 08) or a server shutting down (57P).
	 */
	static boolean isDatabaseUnavailable(Throwable failure) {
		for (Throwable cause : causes(failure)) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
					|| cause instanceof SQLTransientConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The exception chain by class, with SQL states, and the first place in the app's own
	 * code: enough to find the problem, and no message text.
	 */
	static String describe(Throwable failure) {
		List<String> parts = new ArrayList<>();
		StackTraceElement where = null;
		for (Throwable cause : causes(failure)) {
			StringBuilder part = new StringBuilder(cause.getClass().getName());
			if (cause instanceof SQLException sql) {
				part.append("[SQLState ").append(sql.getSQLState()).append(']');
			}
			parts.add(part.toString());
			for (StackTraceElement frame : cause.getStackTrace()) {
				if (frame.getClassName().startsWith("nl.omgekeerdetoets.")
						&& !frame.getClassName().startsWith(RequestFailureFilter.class.getName())) {
					where = frame;
					break;
				}
			}
		}
		return String.join(" <- ", parts) + ((where != null) ? " at " + where : "");
	}

	private static List<Throwable> causes(Throwable failure) {
		Map<Throwable, Boolean> seen = new IdentityHashMap<>();
		List<Throwable> chain = new ArrayList<>();
		for (Throwable cause = failure; cause != null && seen.put(cause, true) == null; cause = cause.getCause()) {
			chain.add(cause);
			if (cause instanceof SQLException sql && sql.getNextException() != null) {
				chain.add(sql.getNextException());
			}
		}
		return chain;
	}

}
