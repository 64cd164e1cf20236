package nl.omgekeerdetoets.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.omgekeerdetoets.cases.CaseFeedback;
import nl.omgekeerdetoets.cases.Step;
import nl.omgekeerdetoets.teams.AccountService;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the case pages the review's comments and compliments, with the names of their
 * authors, in a fixed number of queries.
 */
@Component
@Transactional(readOnly = true)
class ReviewFeedback implements CaseFeedback {

	private final ComplimentRepository compliments;

	private final DecisionRepository decisions;

	private final AccountService accounts;

	private final JdbcClient jdbc;

	ReviewFeedback(ComplimentRepository compliments, DecisionRepository decisions, AccountService accounts,
			JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.compliments = compliments;
		this.decisions = decisions;
		this.accounts = accounts;
	}

	/**
	 * The three lists in one statement, each kind in its own order, with the names of
	 * their authors.
	 */
	@Override
	public Everything everythingOn(long caseId) {
		List<StepComment> comments = new ArrayList<>();
		List<CaseCompliment> compliments = new ArrayList<>();
		List<Decision> decisions = new ArrayList<>();
		this.jdbc
			.sql("""
					select 'COMMENT' as kind, c.id, c.step, c.field, a.display_name, c.created_at as at, c.text, c.answer,
					  c.resolved, c.round, null as decision, null as reason, null::integer as by_round
					from review_comment c left join account a on a.id = c.author_id
					where c.case_id = :case
					union all
					select 'COMPLIMENT', k.id, k.step, null, a.display_name, k.created_at, k.text, null, null, null, null, null, null
					from compliment k left join account a on a.id = k.lead_id
					where k.case_id = :case
					union all
					select 'DECISION', d.id, null, null, a.display_name, d.decided_at, null, null, null, d.round, d.decision,
					  d.reason, d.round
					from review_decision d left join account a on a.id = d.reviewer_id
					where d.case_id = :case
					order by kind, by_round, at, id""")
			.param("case", caseId)
			.query((row, n) -> {
				Instant at = row.getTimestamp("at").toInstant();
				switch (row.getString("kind")) {
					case "COMMENT" ->
						comments.add(new StepComment(row.getLong("id"), Step.valueOf(row.getString("step")),
								row.getString("field"), row.getString("display_name"), at, row.getString("text"),
								row.getString("answer"), row.getBoolean("resolved"), row.getInt("round")));
					case "COMPLIMENT" -> compliments.add(new CaseCompliment(Step.valueOf(row.getString("step")),
							row.getString("display_name"), at, row.getString("text")));
					default -> decisions.add(new Decision(row.getInt("round"),
							ReviewDecision.Kind.APPROVED.name().equals(row.getString("decision")),
							row.getString("display_name"), at, row.getString("reason")));
				}
				return n;
			})
			.list();
		return new Everything(comments, compliments, decisions);
	}

	@Override
	public List<Decision> decisionsOn(long caseId) {
		List<ReviewDecision> found = this.decisions.findByCaseIdOrderByRoundAsc(caseId);
		Map<Long, String> names = this.accounts
			.displayNames(found.stream().map(ReviewDecision::getReviewerId).collect(Collectors.toSet()));
		return found.stream()
			.map((d) -> new Decision(d.getRound(), d.getDecision() == ReviewDecision.Kind.APPROVED,
					names.get(d.getReviewerId()), d.getDecidedAt(), d.getReason()))
			.toList();
	}

	/** The comments with their authors' names in one statement: every step page asks. */
	@Override
	public List<StepComment> commentsOn(long caseId) {
		return this.jdbc.sql("""
				select c.id, c.step, c.field, a.display_name, c.created_at, c.text, c.answer, c.resolved, c.round
				from review_comment c left join account a on a.id = c.author_id
				where c.case_id = ?
				order by c.created_at, c.id""")
			.param(caseId)
			.query((row, n) -> new StepComment(row.getLong("id"), Step.valueOf(row.getString("step")),
					row.getString("field"), row.getString("display_name"), row.getTimestamp("created_at").toInstant(),
					row.getString("text"), row.getString("answer"), row.getBoolean("resolved"), row.getInt("round")))
			.list();
	}

	@Override
	public List<CaseCompliment> complimentsOn(long caseId) {
		List<Compliment> found = this.compliments.findByCaseIdOrderByCreatedAtAsc(caseId);
		Map<Long, String> names = this.accounts
			.displayNames(found.stream().map(Compliment::getLeadId).collect(Collectors.toSet()));
		return found.stream()
			.map((c) -> new CaseCompliment(c.getStep(), names.get(c.getLeadId()), c.getCreatedAt(), c.getText()))
			.toList();
	}

}
