package nl.omgekeerdetoets.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;

/**
 * Records the SQL the app sends on the current thread, every statement of every module
 * (JPA, JdbcClient, Spring Session), and the commits and rollbacks that end its
 * transactions: what a page costs in round trips, as PostgreSQL would count them. MockMvc
 * runs a request on the test's thread, so a recording is one request; work that listeners
 * do afterwards on their own threads is not in it.
 */
@TestComponent
public class StatementRecorder implements BeanPostProcessor {

	/** What one recording saw: each statement's SQL, and "COMMIT" or "ROLLBACK". */
	public record Recording(List<String> log) {

		public List<String> statements() {
			return this.log.stream().filter((entry) -> !entry.equals("COMMIT") && !entry.equals("ROLLBACK")).toList();
		}

		public long transactions() {
			return this.log.stream().filter((entry) -> entry.equals("COMMIT") || entry.equals("ROLLBACK")).count();
		}

		@Override
		public String toString() {
			return String.join("\n", this.log);
		}

	}

	private static final ThreadLocal<List<String>> current = new ThreadLocal<>();

	private static final Set<String> PREPARING = Set.of("prepareStatement", "prepareCall");

	private static final Set<String> EXECUTING = Set.of("execute", "executeQuery", "executeUpdate",
			"executeLargeUpdate");

	public <T> Recording record(Callable<T> action) throws Exception {
		List<String> log = new ArrayList<>();
		current.set(log);
		try {
			action.call();
			return new Recording(List.copyOf(log));
		}
		finally {
			current.remove();
		}
	}

	private static void note(String entry) {
		List<String> log = current.get();
		if (log != null) {
			if (System.getProperty("debugSql") != null && entry.contains(System.getProperty("debugSql"))) {
				new Exception("STATEMENT TRACE").printStackTrace(System.out);
			}
			log.add(entry);
		}
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource) {
			return proxy(DataSource.class, dataSource, (target, method, args) -> {
				Object result = method.invoke(target, args);
				return (result instanceof Connection connection) ? connection(connection) : result;
			});
		}
		return bean;
	}

	private static Connection connection(Connection connection) {
		return proxy(Connection.class, connection, (target, method, args) -> {
			if (PREPARING.contains(method.getName())) {
				note((String) args[0]);
			}
			else if (method.getName().equals("commit") && !connection.getAutoCommit()) {
				note("COMMIT");
			}
			else if (method.getName().equals("rollback") && args == null && !connection.getAutoCommit()) {
				note("ROLLBACK");
			}
			Object result = method.invoke(target, args);
			if (result instanceof Statement statement && method.getName().equals("createStatement")) {
				return proxy(Statement.class, statement, (s, m, a) -> {
					if (EXECUTING.contains(m.getName()) && a != null && a.length > 0 && a[0] instanceof String sql) {
						note(sql);
					}
					return m.invoke(s, a);
				});
			}
			return result;
		});
	}

	private interface Handler<T> {

		Object handle(T target, Method method, Object[] args) throws Throwable;

	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
		InvocationHandler invocation = (proxy, method, args) -> {
			if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> wanted
					&& wanted.isInstance(target)) {
				return target;
			}
			if (method.getName().equals("isWrapperFor") && args != null && args[0] instanceof Class<?> wanted
					&& wanted.isInstance(target)) {
				return true;
			}
			try {
				return handler.handle(target, method, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getTargetException();
			}
		};
		return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, invocation);
	}

}
