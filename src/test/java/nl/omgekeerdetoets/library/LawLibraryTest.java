package nl.omgekeerdetoets.library;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.omgekeerdetoets.support.IntegrationTest;
import nl.omgekeerdetoets.support.StatementRecorder;
import nl.omgekeerdetoets.support.TestFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read side other modules use, against the Flyway schema and its seeded library.
 */
@IntegrationTest
class LawLibraryTest {

	@Autowired
	LawLibrary library;

	@Autowired
	LawService laws;

	@Autowired
	StatementRecorder recorder;

	@Test
	void theSeededLawsAreThereWithTheirGoalsInOrder() {
		List<LawSummary> active = this.library.activeLawsWithGoals();
		Map<String, LawSummary> byName = active.stream()
			.collect(Collectors.toMap(LawSummary::name, Function.identity()));

		assertThat(active).extracting(LawSummary::name)
			.containsSubsequence("Wmo 2015", "Jeugdwet", "Participatiewet", "Wet gemeentelijke schuldhulpverlening");
		assertThat(byName.get("Wmo 2015").purpose())
			.startsWith("Ondersteuning door de gemeente, zodat inwoners zo veel mogelijk zelf hun leven kunnen leiden");
		assertThat(byName.get("Wmo 2015").activeGoals()).hasSize(5)
			.extracting(GoalSummary::articleReference)
			.contains("art. 2.3.5 lid 3", "art. 2.3.2 lid 4");
		assertThat(byName.get("Wmo 2015").activeGoals()).extracting(GoalSummary::description)
			.anyMatch((description) -> description.startsWith("Zelfredzaamheid"))
			.anyMatch((description) -> description.startsWith("Participatie"))
			.anyMatch((description) -> description.contains("beschermd wonen"));
		assertThat(byName.get("Jeugdwet").activeGoals()).hasSize(4)
			.allMatch((goal) -> goal.articleReference().equals("art. 2.3 lid 1"));
		assertThat(byName.get("Participatiewet").activeGoals()).extracting(GoalSummary::articleReference)
			.contains("art. 18 lid 1");
		assertThat(byName.get("Wet gemeentelijke schuldhulpverlening").activeGoals()).singleElement()
			.extracting(GoalSummary::description)
			.asString()
			.contains("duurzame uitweg");
		assertThat(byName.get("Wmo 2015").goals()).extracting(GoalSummary::articleReference)
			.startsWith("art. 1.1.1; art. 2.3.5 lid 3")
			.endsWith("art. 2.3.2 lid 4");
	}

	@Test
	void activeLawsWithGoalsIsOneStatementWhateverTheNumberOfLaws() {
		long before = statementsWhile(() -> this.library.activeLawsWithGoals()
			.forEach((law) -> law.goals().forEach((goal) -> goal.lawName().length())));
		for (int i = 0; i < 3; i++) {
			Law law = law(1000);
			goal(law, 10);
			goal(law, 20);
		}
		long after = statementsWhile(() -> this.library.activeLawsWithGoals()
			.forEach((law) -> law.goals().forEach((goal) -> goal.lawName().length())));

		assertThat(before).isEqualTo(1);
		assertThat(after).isEqualTo(1);
	}

	@Test
	void goalsComeInTheirOwnOrderNotTheOrderTheyWereAdded() {
		Law law = law(1000);
		goal(law, 30);
		goal(law, 10);
		goal(law, 20);

		LawSummary loaded = this.library.lawsByIds(List.of(law.getId())).get(0);
		assertThat(loaded.goals()).extracting(GoalSummary::articleReference)
			.containsExactly("art. 10", "art. 20", "art. 30");
	}

	@Test
	void retiredGoalIsNoLongerActiveButStillFoundById() {
		Law law = law(1000);
		LawGoal kept = goal(law, 10);
		LawGoal retired = goal(law, 20);
		this.laws.retireGoal(law.getId(), retired.getId());

		LawSummary loaded = this.library.activeLawsWithGoals()
			.stream()
			.filter((candidate) -> candidate.id() == law.getId())
			.findFirst()
			.orElseThrow();
		assertThat(loaded.activeGoals()).extracting(GoalSummary::id).containsExactly(kept.getId());
		assertThat(loaded.goals()).extracting(GoalSummary::id).containsExactly(kept.getId(), retired.getId());

		List<GoalSummary> found = this.library.goalsByIds(List.of(retired.getId(), kept.getId()));
		assertThat(found).extracting(GoalSummary::id).containsExactly(kept.getId(), retired.getId());
		assertThat(found).extracting(GoalSummary::active).containsExactly(true, false);
		assertThat(found).extracting(GoalSummary::isRetired).containsExactly(false, true);
		assertThat(found).extracting(GoalSummary::lawName).containsOnly(law.getName());
	}

	@Test
	void goalsByIdsLoadsTheirLawsInTheSameStatement() {
		Law first = law(1000);
		Law second = law(1001);
		List<Long> ids = List.of(goal(first, 10).getId(), goal(second, 10).getId());

		assertThat(statementsWhile(() -> this.library.goalsByIds(ids).forEach((goal) -> goal.lawName().length())))
			.isEqualTo(1);
	}

	@Test
	void retiredLawIsLeftOutOfThePickableLawsButStillFoundById() {
		Law law = law(1000);
		goal(law, 10);
		this.laws.update(law.getId(), law.getVersion(), new LawDetails(law.getName(), null, 1000, false));

		assertThat(this.library.activeLawsWithGoals()).extracting(LawSummary::id).doesNotContain(law.getId());
		assertThat(this.library.lawsByIds(List.of(law.getId()))).singleElement().satisfies((found) -> {
			assertThat(found.active()).isFalse();
			assertThat(found.goals()).hasSize(1);
			assertThat(found.goals().get(0).isRetired()).isTrue();
		});
	}

	@Test
	void emptyIdListsNeedNoQuery() {
		assertThat(statementsWhile(() -> {
			assertThat(this.library.goalsByIds(List.of())).isEmpty();
			assertThat(this.library.lawsByIds(List.of())).isEmpty();
		})).isZero();
	}

	private Law law(int position) {
		return this.laws.create(new LawDetails(TestFixtures.unique("Wet"), "Waar de wet voor is.", position, true));
	}

	private LawGoal goal(Law law, int position) {
		return this.laws.addGoal(law.getId(),
				new LawGoalDetails(TestFixtures.unique("Doel"), "art. " + position, position));
	}

	// Every statement the work sends, through JPA or JDBC.
	private long statementsWhile(Runnable work) {
		try {
			return this.recorder.record(() -> {
				work.run();
				return null;
			}).statements().size();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
