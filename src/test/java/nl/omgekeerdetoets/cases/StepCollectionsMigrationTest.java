package nl.omgekeerdetoets.cases;

import java.time.LocalDate;
import java.util.List;

import nl.omgekeerdetoets.JsonColumns;
import nl.omgekeerdetoets.support.DatabaseBeforeMigration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V31 to V35 move a case's effects, laws, goals, values at stake, step plan and obstacles
 * from tables of their own onto the case's row: on a database of its own, migrated to the
 * version before V31, cases are stored in the old shape; then the app's Flyway scripts
 * run on, and the columns must hold the same, in the shape the app reads and writes them,
 * and the similarity search must still know the effects' text and the goals.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StepCollectionsMigrationTest {

	JdbcClient jdbc;

	long filled;

	long empty;

	List<Long> goals;

	@BeforeAll
	void oldRowsThenMigrated() {
		DatabaseBeforeMigration database = DatabaseBeforeMigration.create("step_collections_migration", "31")
			.withTeamAndConsultant();
		this.jdbc = database.jdbc();
		this.filled = caseFile("M-1");
		this.empty = caseFile("M-2");
		this.goals = this.jdbc.sql("select id from law_goal order by id limit 2").query(Long.class).list();
		for (Long goal : this.goals) {
			this.jdbc.sql("insert into case_law_goal (case_id, goal_id) values (?, ?)")
				.params(this.filled, goal)
				.update();
		}
		this.jdbc.sql("""
				insert into case_effect (case_id, position, description, indicator)
				values (:case, 1, 'Weer zelf naar de markt', 'Elke zaterdag'),
				       (:case, 0, 'Veilig de trap op', null)
				""").param("case", this.filled).update();
		List<Long> laws = this.jdbc.sql("select id from law order by id limit 2").query(Long.class).list();
		for (Long law : laws) {
			this.jdbc.sql("insert into case_law (case_id, law_id) values (?, ?)").params(this.filled, law).update();
		}
		this.jdbc.sql("""
				insert into case_value (case_id, value_code) values (:case, 'SOLIDARITY'), (:case, 'AUTONOMY')
				""").param("case", this.filled).update();
		this.jdbc.sql("""
				insert into case_party (case_id, position, kind, name, contact)
				values (:case, 0, 'HOUSING_CORPORATION', 'Woonstad', 'Mw. de Vries')
				""").param("case", this.filled).update();
		// Stored out of order: the plan keeps its positions.
		this.jdbc.sql("""
				insert into case_action (case_id, position, description, owner, due_date, party_index)
				values (:case, 1, 'Trapliftoffertes vergelijken', 'Woonstad', date '2026-03-15', 0),
				       (:case, 0, 'Huisbezoek met dochter "Ans"', 'Consulent', null, null)
				""").param("case", this.filled).update();
		this.jdbc
			.sql("""
					insert into case_obstacle (case_id, position, kind, description, lesson)
					values (:case, 1, null, 'Wachtlijst van 14 weken', null),
					       (:case, 0, 'POLICY_RULE', 'De beleidsregel kent alleen "een scootmobiel"', 'Ruimte voor maatwerk')
					""")
			.param("case", this.filled)
			.update();

		database.migrateTheRest();
	}

	private long caseFile(String reference) {
		return this.jdbc.sql("""
				insert into case_file (reference, title, resident, question_as_asked, team_id, owner_id, status,
				                       current_step, created_at, updated_at)
				values (:reference, 'Casus', 'mevr. J.', 'Vraag', 1, 1, 'APPROVED', 5, now(), now())
				returning id
				""").param("reference", reference).query(Long.class).single();
	}

	@Test
	void theLawsAndValuesAreArraysOnTheCase() {
		List<Long> laws = this.jdbc.sql("select id from law order by id limit 2").query(Long.class).list();
		assertThat(this.jdbc.sql("select array_to_string(law_ids, ',') from case_file where id = ?")
			.param(this.filled)
			.query(String.class)
			.single()).isEqualTo(laws.get(0) + "," + laws.get(1));
		assertThat(this.jdbc.sql("select array_to_string(values_at_stake, ',') from case_file where id = ?")
			.param(this.filled)
			.query(String.class)
			.single()).isEqualTo("AUTONOMY,SOLIDARITY");
		assertThat(
				this.jdbc.sql("select cardinality(law_ids) + cardinality(values_at_stake) from case_file where id = ?")
					.param(this.empty)
					.query(Integer.class)
					.single())
			.isZero();
	}

	@Test
	void theStepPlanIsWhatTheAppWritesInTheSameOrder() {
		// What Hibernate writes for the same plan: the same mapper.
		String written = JsonColumns.jsonMapper()
			.writeValueAsString(List.of(new PlannedAction("Huisbezoek met dochter \"Ans\"", "Consulent", null, null),
					new PlannedAction("Trapliftoffertes vergelijken", "Woonstad", LocalDate.of(2026, 3, 15), 0)));
		assertThat(this.jdbc.sql("select actions = cast(? as jsonb) from case_file where id = ?")
			.params(written, this.filled)
			.query(Boolean.class)
			.single()).as("migrated %s, written %s", actions(this.filled), written).isTrue();
		PlannedAction[] read = JsonColumns.jsonMapper().readValue(actions(this.filled), PlannedAction[].class);
		assertThat(read).containsExactly(new PlannedAction("Huisbezoek met dochter \"Ans\"", "Consulent", null, null),
				new PlannedAction("Trapliftoffertes vergelijken", "Woonstad", LocalDate.of(2026, 3, 15), 0));
		assertThat(actions(this.empty)).isEqualTo("[]");
	}

	@Test
	void theObstaclesAreWhatTheAppWritesInTheSameOrder() {
		List<Obstacle> obstacles = List.of(new Obstacle(Choices.ObstacleKind.POLICY_RULE,
				"De beleidsregel kent alleen \"een scootmobiel\"", "Ruimte voor maatwerk"),
				new Obstacle(null, "Wachtlijst van 14 weken", null));
		String written = JsonColumns.jsonMapper().writeValueAsString(obstacles);
		String migrated = this.jdbc.sql("select obstacles::text from case_file where id = ?")
			.param(this.filled)
			.query(String.class)
			.single();
		assertThat(this.jdbc.sql("select obstacles = cast(? as jsonb) from case_file where id = ?")
			.params(written, this.filled)
			.query(Boolean.class)
			.single()).as("migrated %s, written %s", migrated, written).isTrue();
		assertThat(JsonColumns.jsonMapper().readValue(migrated, Obstacle[].class)).containsExactlyElementsOf(obstacles);
		assertThat(this.jdbc.sql("select obstacles::text from case_file where id = ?")
			.param(this.empty)
			.query(String.class)
			.single()).isEqualTo("[]");
	}

	@Test
	void theEffectsAreWhatTheAppWritesAndTheSearchStillKnowsTheirText() {
		String written = JsonColumns.jsonMapper()
			.writeValueAsString(List.of(new DesiredEffect("Veilig de trap op", null),
					new DesiredEffect("Weer zelf naar de markt", "Elke zaterdag")));
		assertThat(this.jdbc.sql("select effects = cast(? as jsonb) from case_file where id = ?")
			.params(written, this.filled)
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(similarityEffects(this.filled)).isEqualTo("Veilig de trap op\nWeer zelf naar de markt");
		assertThat(this.jdbc.sql("select effects::text from case_file where id = ?")
			.param(this.empty)
			.query(String.class)
			.single()).isEqualTo("[]");

		// A later save of the effects keeps the search's copy, and the search row.
		this.jdbc.sql("""
				update case_file set effects = '[{"description": "Zelf koken", "indicator": null}]' where id = ?
				""").param(this.empty).update();
		assertThat(similarityEffects(this.empty)).isEqualTo("Zelf koken");
		assertThat(this.jdbc.sql("select terms::text from similar_case where case_id = ?")
			.param(this.empty)
			.query(String.class)
			.single()).contains("'kok'");
	}

	@Test
	void theGoalsAreOnTheCaseAndOnItsSearchRow() {
		assertThat(this.jdbc.sql("select array_to_string(goal_ids, ',') from case_file where id = ?")
			.param(this.filled)
			.query(String.class)
			.single()).isEqualTo(this.goals.get(0) + "," + this.goals.get(1));
		assertThat(this.jdbc.sql("select array_to_string(goal_ids, ',') from similar_case where case_id = ?")
			.param(this.filled)
			.query(String.class)
			.single()).isEqualTo(this.goals.get(0) + "," + this.goals.get(1));

		this.jdbc.sql("update case_file set goal_ids = array[?]::bigint[] where id = ?")
			.params(this.goals.get(1), this.empty)
			.update();
		assertThat(this.jdbc.sql("select array_to_string(goal_ids, ',') from similar_case where case_id = ?")
			.param(this.empty)
			.query(String.class)
			.single()).isEqualTo(String.valueOf(this.goals.get(1)));
	}

	@Test
	void theOldTablesAreGone() {
		assertThat(this.jdbc
			.sql("select count(*) from information_schema.tables "
					+ "where table_name in ('case_law', 'case_value', 'case_action', 'case_effect', 'case_law_goal', "
					+ "'case_obstacle')")
			.query(Long.class)
			.single()).isZero();
	}

	private String similarityEffects(long caseId) {
		return this.jdbc.sql("select similarity_effects from case_file where id = ?")
			.param(caseId)
			.query(String.class)
			.single();
	}

	private String actions(long caseId) {
		return this.jdbc.sql("select actions::text from case_file where id = ?")
			.param(caseId)
			.query(String.class)
			.single();
	}

}
