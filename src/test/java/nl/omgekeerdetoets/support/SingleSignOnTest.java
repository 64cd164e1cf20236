package nl.omgekeerdetoets.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The app on a real port, signing in through the test's OpenID Connect provider
 * ({@link SsoProvider}) beside local passwords, as most municipalities start: accounts
 * matched by the subject the admin set on them, someone unknown refused, role and teams
 * from the account. All classes with this annotation share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ot.sso.match-by=subject", "ot.sso.unknown-users=refuse" })
@ContextConfiguration(initializers = SsoProvider.Initializer.class)
@Import({ TestDatabaseConfiguration.class, TestFixtures.class })
public @interface SingleSignOnTest {

}
