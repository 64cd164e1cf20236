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
 * The app on a real port with single sign-on only: accounts matched by e-mail address,
 * role and teams from the provider's groups claim, someone unknown kept as a waiting
 * account, and local passwords off except for the break-glass admin
 * {@value #BREAK_GLASS}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ot.sso.match-by=email", "ot.sso.unknown-users=wait", "ot.sso.local-passwords=false",
				"ot.sso.break-glass-accounts=" + SingleSignOnOnlyTest.BREAK_GLASS, "ot.sso.groups.claim=groups",
				"ot.sso.groups.roles[" + SingleSignOnOnlyTest.CONSULTANTS + "]=CONSULTANT",
				"ot.sso.groups.roles[" + SingleSignOnOnlyTest.LEADS + "]=TEAM_LEAD",
				"ot.sso.groups.teams[" + SingleSignOnOnlyTest.CONSULTANTS + "]=" + SingleSignOnOnlyTest.TEAM,
				"ot.sso.groups.teams[" + SingleSignOnOnlyTest.LEADS + "]=" + SingleSignOnOnlyTest.TEAM })
@ContextConfiguration(initializers = SsoProvider.Initializer.class)
@Import({ TestDatabaseConfiguration.class, TestFixtures.class })
public @interface SingleSignOnOnlyTest {

	String BREAK_GLASS = "noodbeheer";

	/** Groups as Keycloak sends them: paths with a leading slash. */
	String CONSULTANTS = "/wmo/consulenten";

	String LEADS = "/wmo/leiding";

	/** The team both groups place someone in. */
	String TEAM = "Wmo (via groepen)";

}
