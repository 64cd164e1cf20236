package nl.omgekeerdetoets.privacy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import nl.omgekeerdetoets.cases.CaseSummary;
import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.TestFixtures;
import nl.omgekeerdetoets.support.TestFixtures.World;
import nl.omgekeerdetoets.teams.SignedInUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The retention screens from the outside: rules kept and logged, bad input on its field,
 * the dry run and its confirmation, the deletion log and its CSV, legal holds by lead and
 * admin.
 */
@IntegrationTest
class RetentionPagesTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	RetentionWorld world;

	World people;

	SignedInUser admin;

	SignedInUser leadA;

	SignedInUser leadB;

	SignedInUser consultant;

	long wmoRule;

	@BeforeEach
	void setUp() {
		this.world = new RetentionWorld(this.context);
		this.world.standardRules();
		this.people = this.fixtures.world();
		this.admin = this.fixtures.signedIn(this.people.admin());
		this.leadA = this.fixtures.signedIn(this.people.leadA());
		this.leadB = this.fixtures.signedIn(this.people.leadB());
		this.consultant = this.fixtures.signedIn(this.people.consultantA());
		this.wmoRule = this.jdbc.sql("select id from retention_rule where law_domain = 'WMO'")
			.query(Long.class)
			.single();
	}

	@AfterEach
	void tidyUp() {
		// Released, not deleted: ShedLock remembers that the row exists and only updates
		// it.
		this.jdbc.sql("update shedlock set lock_until = locked_at").update();
		this.jdbc.sql("update legal_hold set released_at = now(), released_by = placed_by where released_at is null")
			.update();
		this.world.standardRules();
	}

	@Test
	void theRulesShowTheirSourceToBeCheckedAndAChangeIsLoggedAndWaits() {
		assertThat(page(get("/admin/retention"), this.admin)).contains("Jeugdwet art. 7.3.8")
			.contains("te controleren")
			.contains("60 maanden");
		long version = rulesVersion();

		assertThat(page(post("/admin/retention/rules/{id}", this.wmoRule).param("keepMonths", "veel")
			.param("source", "Selectielijst")
			.param("version", "" + ruleVersion()), this.admin)).contains("error-summary");
		assertThat(page(post("/admin/retention/rules/{id}", this.wmoRule).param("keepMonths", "0")
			.param("source", "Selectielijst")
			.param("version", "" + ruleVersion()), this.admin)).contains("Vul een aantal maanden in van 1 tot 1200.");
		assertThat(this.mvc.perform(post("/admin/retention/rules/{id}", this.wmoRule).param("keepMonths", "72")
			.param("source", "Selectielijst 2020, nagekeken door de archivaris")
			.param("sourceChecked", "true")
			.param("version", "" + ruleVersion())
			.with(csrf())
			.with(user(this.admin)))).hasRedirectedUrl("/admin/retention");

		assertThat(rulesVersion()).isEqualTo(version + 1);
		assertThat(this.jdbc.sql("""
				select actor || ' ' || detail from audit_event
				where action = 'RETENTION_RULE_UPDATED' and subject_id = ? order by id desc limit 1""")
			.param(this.wmoRule)
			.query(String.class)
			.single()).isEqualTo(this.admin.getUsername() + " CLOSED_CASE WMO 60m -> CLOSED_CASE WMO 72m");
		assertThat(page(get("/admin/retention/dry-run"), this.admin)).contains("Termijnen bevestigen");
		// A stale version of the form is a conflict, with the typed text kept.
		assertThat(page(post("/admin/retention/rules/{id}", this.wmoRule).param("keepMonths", "48")
			.param("source", "Mijn getypte bron")
			.param("version", "0"), this.admin)).contains("Mijn getypte bron").contains("error-summary");
	}

	@Test
	void theDryRunShowsWhatGoesAndWhatIsHeldAndTheLogShowsWhatWent() throws Exception {
		LocalDate longAgo = LocalDate.now(RetentionWorld.ZONE).minusYears(6);
		CaseSummary due = this.world.closedOn(this.consultant, this.leadA, longAgo, "WMO");
		CaseSummary held = this.world.closedOn(this.consultant, this.leadA, longAgo, "WMO");
		assertThat(this.mvc.perform(post("/holds").param("reference", held.reference())
			.param("reasonKind", "OBJECTION_OR_APPEAL")
			.param("reason", "Bezwaar loopt tot de hoorzitting")
			.with(csrf())
			.with(user(this.admin)))).hasRedirectedUrl("/holds");
		// Unconfirmed rules: the dry run asks for confirmation and the run waits.
		this.jdbc.sql("update retention_setting set rules_version = rules_version + 1").update();

		String dryRun = page(get("/admin/retention/dry-run"), this.admin);
		assertThat(dryRun).contains(due.reference()).contains(held.reference()).contains("Termijnen bevestigen");
		assertThat(dryRun)
			.containsPattern("\\d+ regels van het toegangslog van vóór \\d+ [a-z]+\\.? \\d{4} worden verwijderd");
		assertThat(dryRun.indexOf(held.reference())).as("held cases listed apart, after the rest")
			.isGreaterThan(dryRun.indexOf("Vastgehouden zaken"));
		assertThat(this.mvc.perform(post("/admin/retention/run").with(csrf()).with(user(this.admin))))
			.hasRedirectedUrl("/admin/retention/deletions");
		assertThat(this.world.exists(due.id())).isTrue();

		assertThat(this.mvc.perform(post("/admin/retention/confirm").param("rulesVersion", "" + rulesVersion())
			.with(csrf())
			.with(user(this.admin)))).hasRedirectedUrl("/admin/retention/dry-run");
		MvcTestResult ran = this.mvc.perform(post("/admin/retention/run").with(csrf()).with(user(this.admin)));
		assertThat(ran).hasRedirectedUrl("/admin/retention/deletions");
		assertThat(ran.getMvcResult().getFlashMap().get("saved")).isEqualTo("retention.run.done");
		assertThat(this.world.exists(due.id())).isFalse();
		assertThat(this.world.exists(held.id())).isTrue();

		assertThat(page(get("/admin/retention/deletions"), this.admin)).contains(due.reference())
			.doesNotContain(held.reference());
		MvcTestResult csv = this.mvc
			.perform(get("/admin/retention/deletions.csv").header("Accept-Language", "nl").with(user(this.admin)));
		assertThat(csv).hasStatusOk();
		String text = new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFZaak;Team;Geopend;Afgesloten;")
			.contains(due.reference() + ";" + this.people.teamA().getName() + ";")
			.doesNotContain(due.resident())
			.doesNotContain(due.title());
	}

	@Test
	void aLeadHoldsOnlyTheirTeamsCasesAndEveryHoldIsLogged() {
		CaseSummary c = new nl.omgekeerdetoets.casebook.CasebookFixtures(this.context).approvedCase(this.consultant,
				this.leadA);

		assertThat(page(post("/holds").param("reference", c.reference())
			.param("reasonKind", "COMPLAINT")
			.param("reason", "Klacht over de bejegening"), this.leadB))
			.contains("Er is geen zaak met dit nummer die u mag vasthouden.");
		assertThat(page(post("/holds").param("reference", c.reference())
			.param("reasonKind", "COMPLAINT")
			.param("reason", "BSN 111222333 van de inwoner"), this.leadA)).contains("error-summary");
		assertThat(this.mvc.perform(post("/holds").param("reference", c.reference())
			.param("reasonKind", "COMPLAINT")
			.param("reason", "Klacht over de bejegening")
			.with(csrf())
			.with(user(this.leadA)))).hasRedirectedUrl("/holds");
		assertThat(page(post("/holds").param("reference", c.reference())
			.param("reasonKind", "INVESTIGATION")
			.param("reason", "Onderzoek"), this.admin)).contains("Deze zaak heeft al een juridische bewaring.");

		assertThat(page(get("/holds"), this.leadA)).contains(c.reference()).contains("Klacht over de bejegening");
		assertThat(page(get("/holds"), this.leadB)).doesNotContain(c.reference());
		long hold = this.jdbc.sql("select id from legal_hold where case_id = ? and released_at is null")
			.param(c.id())
			.query(Long.class)
			.single();
		assertThat(this.mvc.perform(post("/holds/{id}/release", hold).with(csrf()).with(user(this.leadB))))
			.hasStatus(404);
		assertThat(this.mvc.perform(post("/holds/{id}/release", hold).with(csrf()).with(user(this.leadA))))
			.hasRedirectedUrl("/holds");
		assertThat(this.jdbc.sql("""
				select string_agg(action || ' ' || actor, ', ' order by id) from audit_event
				where subject_type = 'CASE' and subject_id = ? and action like 'LEGAL_HOLD%'""")
			.param(c.id())
			.query(String.class)
			.single())
			.isEqualTo("LEGAL_HOLD_PLACED " + this.leadA.getUsername() + ", LEGAL_HOLD_RELEASED "
					+ this.leadA.getUsername());
	}

	private String page(MockHttpServletRequestBuilder request, SignedInUser who) {
		MvcTestResult result = this.mvc.perform(request.header("Accept-Language", "nl").with(csrf()).with(user(who)));
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private long rulesVersion() {
		return this.jdbc.sql("select rules_version from retention_setting").query(Long.class).single();
	}

	private long ruleVersion() {
		return this.jdbc.sql("select version from retention_rule where id = ?")
			.param(this.wmoRule)
			.query(Long.class)
			.single();
	}

}
