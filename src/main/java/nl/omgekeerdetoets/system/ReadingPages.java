package nl.omgekeerdetoets.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The pages people open most (the start page, the case lists, the review queue, the case
 * page, the step and follow-up pages, the review pages) read in one read-only
 * transaction, from the navigation's count to the last query of the last service the
 * controller asks. Each service still says {@code @Transactional(readOnly = true)} and
 * joins it. Without this every service call was its own transaction: a connection taken
 * from the pool, a {@code COMMIT} sent, the connection returned (the team list three
 * times, the case page eight), and the reads of one page did not see one state of the
 * database.
 * <p>
 * The transaction ends when the controller is done, before the page is rendered: nothing
 * is read while the HTML is written (open-in-view is off), so the connection is not held
 * for it. A service that would write on such a page fails loudly instead of losing its
 * changes in a read-only transaction: joining one is refused
 * ({@link AbstractPlatformTransactionManager#setValidateExistingTransaction}).
 */
@Configuration(proxyBeanMethods = false)
class ReadingPages implements WebMvcConfigurer {

	/** The pages, as GET requests; their POSTs write and keep their own transactions. */
	static final String[] PAGES = { "/", "/cases", "/cases/team", "/cases/*", "/cases/*/steps/*",
			"/cases/*/follow-ups/*", "/review", "/review/cases/*", "/review/cases/*/*" };

	private static final String TRANSACTION = ReadingPages.class.getName() + ".transaction";

	private static final TransactionDefinition READ_ONLY = readOnly();

	private final PlatformTransactionManager transactions;

	ReadingPages(PlatformTransactionManager transactions) {
		this.transactions = transactions;
	}

	@Bean
	static TransactionManagerCustomizer<AbstractPlatformTransactionManager> refuseWritesInReadOnlyTransactions() {
		return (manager) -> manager.setValidateExistingTransaction(true);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		// First in, last out: its transaction spans every other interceptor's work on
		// these pages (the similar cases added to step 4 and the review page).
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				begin(request);
				return true;
			}

			@Override
			public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
					ModelAndView page) {
				end(request, false);
			}

			// Still open here only when the controller failed (postHandle is skipped).
			@Override
			public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
					Exception failure) {
				end(request, true);
			}

		}).addPathPatterns(PAGES).order(Ordered.HIGHEST_PRECEDENCE);
	}

	private void begin(HttpServletRequest request) {
		if (HttpMethod.GET.matches(request.getMethod()) && request.getAttribute(TRANSACTION) == null
				&& !TransactionSynchronizationManager.isActualTransactionActive()) {
			request.setAttribute(TRANSACTION, this.transactions.getTransaction(READ_ONLY));
		}
	}

	/**
	 * Commits once the controller is done; rolls back after a failure, or when a service
	 * marked the transaction so.
	 */
	private void end(HttpServletRequest request, boolean failed) {
		if (!(request.getAttribute(TRANSACTION) instanceof TransactionStatus status)) {
			return;
		}
		request.removeAttribute(TRANSACTION);
		if (status.isCompleted()) {
			return;
		}
		if (failed || status.isRollbackOnly()) {
			this.transactions.rollback(status);
		}
		else {
			this.transactions.commit(status);
		}
	}

	private static TransactionDefinition readOnly() {
		DefaultTransactionDefinition definition = new DefaultTransactionDefinition();
		definition.setReadOnly(true);
		definition.setName(ReadingPages.class.getSimpleName());
		return definition;
	}

}
