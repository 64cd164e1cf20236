package nl.omgekeerdetoets.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import nl.omgekeerdetoets.cases.CaseFixtures;
import nl.omgekeerdetoets.cases.FailingOnceListener;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole app with its real security, on real PostgreSQL, driven through MockMvc. All
 * classes with this annotation share one application context: every fixture a test may
 * need is imported here, never per class, because a class that adds its own configuration
 * gets a context of its own (about 9 s on a small machine).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = "ot.metrics.token=" + IntegrationTest.METRICS_TOKEN)
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, TestFixtures.class, CaseFixtures.class, FailingOnceListener.class,
		StatementRecorder.class })
public @interface IntegrationTest {

	/** The monitoring scraper's token in the tests. */
	String METRICS_TOKEN = "scraper-token-for-tests";

}
