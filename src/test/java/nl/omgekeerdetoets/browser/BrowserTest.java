package nl.omgekeerdetoets.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import nl.omgekeerdetoets.cases.CaseFixtures;
import nl.omgekeerdetoets.review.ReviewFixtures;
import nl.omgekeerdetoets.support.TestDatabaseConfiguration;
import nl.omgekeerdetoets.support.TestFixtures;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The app on a real port, for journeys in a real browser. All classes with this
 * annotation share one context, so the fixtures are imported here and never per class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestDatabaseConfiguration.class, TestFixtures.class, CaseFixtures.class, ReviewFixtures.class })
@interface BrowserTest {

}
