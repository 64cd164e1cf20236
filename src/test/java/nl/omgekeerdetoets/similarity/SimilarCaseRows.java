package nl.omgekeerdetoets.similarity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import nl.omgekeerdetoets.JsonColumns;
import nl.omgekeerdetoets.support.TestFixtures.TestAccount;
import nl.omgekeerdetoets.support.TestFixtures.TestTeam;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Cases with chosen texts for the similarity tests, written straight into the tables: the
 * steps' services would need a whole case per text. The effects go onto the case's row as
 * the app stores them and reach the search column through V33's trigger, as a step 1 save
 * does.
 */
final class SimilarCaseRows {

	private static final AtomicLong counter = new AtomicLong();

	private final JdbcClient jdbc;

	SimilarCaseRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A word no other test writes: the Dutch stemmer keeps it as it is (it ends in a
	 * consonant cluster no rule removes), so every case that holds it matches on it.
	 */
	static String word(String stem) {
		long n = counter.incrementAndGet() + System.nanoTime() % 100000;
		StringBuilder letters = new StringBuilder();
		for (char c : Long.toString(n, 26).toCharArray()) {
			letters.append((char) ((Character.isDigit(c) ? c - '0' : c - 'a' + 10) + 'a'));
		}
		return stem + letters + "x";
	}

	Builder caseOf(TestTeam team, TestAccount owner, String status) {
		return new Builder(team.getId(), owner.getId(), status);
	}

	final class Builder {

		private final long teamId;

		private final long ownerId;

		private final String status;

		private String title = "Casus";

		private String resident = "mevr. A.";

		private String question = "";

		private List<String> effects = List.of();

		private String solution;

		private String solutionKind;

		private String solutionKindReason;

		private List<Long> goalIds = List.of();

		private BigDecimal costWithout;

		private BigDecimal costWith;

		Builder(long teamId, long ownerId, String status) {
			this.teamId = teamId;
			this.ownerId = ownerId;
			this.status = status;
		}

		Builder title(String title) {
			this.title = title;
			return this;
		}

		Builder resident(String resident) {
			this.resident = resident;
			return this;
		}

		Builder question(String question) {
			this.question = question;
			return this;
		}

		Builder effects(String... effects) {
			this.effects = List.of(effects);
			return this;
		}

		Builder solution(String solution, String kind, String reason) {
			this.solution = solution;
			this.solutionKind = kind;
			this.solutionKindReason = reason;
			return this;
		}

		Builder goals(Long... goalIds) {
			this.goalIds = List.of(goalIds);
			return this;
		}

		Builder costs(String without, String with) {
			this.costWithout = new BigDecimal(without);
			this.costWith = new BigDecimal(with);
			return this;
		}

		/** Writes the case; answers its id and reference. */
		Row save() {
			String reference = "S-" + (System.nanoTime() % 1_000_000_000L) + "-" + counter.incrementAndGet();
			boolean approved = this.status.equals("APPROVED") || this.status.equals("EVALUATED");
			long id = SimilarCaseRows.this.jdbc
				.sql("""
						insert into case_file (reference, title, resident, question_as_asked, team_id, owner_id, status,
						  current_step, effects, goal_ids, solution, solution_kind, solution_kind_reason, created_at,
						  updated_at, approved_at)
						values (:reference, :title, :resident, :question, :team, :owner, :status, 5, cast(:effects as jsonb),
						  cast(:goals as bigint[]), :solution, :kind, :reason, now(), now(), case when :approved then now() end)
						returning id""")
				.param("reference", reference)
				.param("title", this.title)
				.param("resident", this.resident)
				.param("question", this.question)
				.param("team", this.teamId)
				.param("owner", this.ownerId)
				.param("status", this.status)
				.param("effects",
						JsonColumns.jsonMapper()
							.writeValueAsString(this.effects.stream()
								.map((effect) -> Map.of("description", effect, "indicator", "x"))
								.toList()))
				.param("goals", this.goalIds.toArray(Long[]::new))
				.param("solution", this.solution)
				.param("kind", this.solutionKind)
				.param("reason", this.solutionKindReason)
				.param("approved", approved)
				.query(Long.class)
				.single();
			if (this.costWithout != null) {
				SimilarCaseRows.this.jdbc.sql("""
						insert into case_cost (case_id, position, scenario, payer, description, amount_per_year, years)
						values (?, 0, 'WITHOUT_MAATWERK', 'MUNICIPALITY_WMO', 'Zonder', ?, 1),
						       (?, 1, 'WITH_MAATWERK', 'MUNICIPALITY_WMO', 'Met', ?, 1)""")
					.params(id, this.costWithout, id, this.costWith)
					.update();
			}
			return new Row(id, reference);
		}

	}

	/** An exemplary case for the case, shared with the organisation or not; its id. */
	long exemplary(Row caseRow, long leadId, boolean shareOrganisation, String title, String summary) {
		return this.jdbc.sql("""
				insert into exemplary_case (case_id, lead_id, share_organisation, title, summary, reasoning, domains,
				  steps, created_at)
				values (?, ?, ?, ?, ?, 'Redenering van de leidinggevende', 'WMO', 'ACTION', now()) returning id""")
			.params(caseRow.id(), leadId, shareOrganisation, title, summary)
			.query(Long.class)
			.single();
	}

	/**
	 * A casebook entry for the case, in an edition with this status (or none); its id.
	 */
	long casebookEntry(Row caseRow, long teamId, long leadId, String title, String situation, String editionStatus) {
		long entry = this.jdbc.sql("""
				insert into casebook_entry (case_id, team_id, author_id, title, situation, question_and_effect,
				  laws_and_goals, obstacle, solution_and_ground, lesson, created_at, updated_at)
				values (?, ?, ?, ?, ?, 'Vraag en effect', 'Wmo 2015', 'Een beleidsregel', 'Oplossing en grond',
				  'Les voor beleid', now(), now()) returning id""")
			.params(caseRow.id(), teamId, leadId, title, situation)
			.query(Long.class)
			.single();
		if (editionStatus != null) {
			long edition = this.jdbc.sql("""
					insert into casebook_edition (year, title, introduction, status, snapshot, created_by, created_at)
					values (2026, 'Editie', 'Inleiding', ?, case when ? <> 'DRAFT' then '{}'::jsonb end, ?, now())
					returning id""").params(editionStatus, editionStatus, leadId).query(Long.class).single();
			this.jdbc.sql("insert into casebook_edition_entry (edition_id, position, entry_id) values (?, 0, ?)")
				.params(edition, entry)
				.update();
		}
		return entry;
	}

	/** The id of a law goal from the seeded library (Wmo 2015's goals first). */
	List<Long> goals() {
		return this.jdbc.sql("select id from law_goal order by law_id, position, id").query(Long.class).list();
	}

	record Row(long id, String reference) {
	}

}
