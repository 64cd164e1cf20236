package nl.omgekeerdetoets.cases;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * A listener to submitted cases that fails the first time for the cases a test names, as
 * a listener would while the database is away, and counts what it handled.
 */
@TestComponent
public class FailingOnceListener {

	private final Set<Long> failOnce = ConcurrentHashMap.newKeySet();

	private final AtomicInteger handled = new AtomicInteger();

	void failOnceFor(long caseId) {
		this.failOnce.add(caseId);
	}

	int handled() {
		return this.handled.get();
	}

	@ApplicationModuleListener
	void on(CaseSubmitted submitted) {
		if (this.failOnce.remove(submitted.caseId())) {
			throw new IllegalStateException("Failing once for case " + submitted.caseId());
		}
		this.handled.incrementAndGet();
	}

}
