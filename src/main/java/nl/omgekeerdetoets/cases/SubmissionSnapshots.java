package nl.omgekeerdetoets.cases;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.omgekeerdetoets.library.GoalSummary;
import nl.omgekeerdetoets.prices.Payer;
import nl.omgekeerdetoets.library.LawLibrary;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps what the four steps say at each submission ({@code submission_snapshot}) and
 * reads the last two back. The text is written in Dutch, the language of the case itself:
 * choices and goals in words, repeating rows one a line, so that two submissions can be
 * compared word by word whatever changes later in the law library or the app's labels.
 */
@Component
class SubmissionSnapshots {

	private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

	private static final String SEPARATOR = " · ";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	private final MessageSource messages;

	private final LawLibrary library;

	SubmissionSnapshots(JdbcClient jdbc, NamedParameterJdbcTemplate batch, MessageSource messages, LawLibrary library) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.messages = messages;
		this.library = library;
	}

	/**
	 * Keeps the steps as they are now as the case's next submission; answers its round.
	 */
	int take(CaseFile caseFile) {
		long caseId = caseFile.getId();
		int round = this.jdbc.sql("select coalesce(max(round), 0) + 1 from submission_snapshot where case_id = :caseId")
			.param("caseId", caseId)
			.query(Integer.class)
			.single();
		List<SqlParameterSource> rows = new ArrayList<>();
		texts(caseFile).forEach((step,
				fields) -> fields.forEach((field,
						text) -> rows.add(new MapSqlParameterSource().addValue("caseId", caseId)
							.addValue("round", round)
							.addValue("step", step.name())
							.addValue("field", field)
							.addValue("text", text))));
		if (!rows.isEmpty()) {
			this.batch.batchUpdate(
					"insert into submission_snapshot (case_id, round, step, field, text) "
							+ "values (:caseId, :round, :step, :field, :text)",
					rows.toArray(SqlParameterSource[]::new));
		}
		return round;
	}

	/** The case's last two submissions, older first: none, one, or two. One statement. */
	List<Submission> lastTwo(long caseId) {
		Map<Integer, Map<Step, Map<String, String>>> rounds = new TreeMap<>();
		this.jdbc.sql("""
				select round, step, field, text from submission_snapshot
				where case_id = :caseId
				and round >= (select max(round) - 1 from submission_snapshot where case_id = :caseId)
				""").param("caseId", caseId).query((rs, rowNum) -> {
			rounds.computeIfAbsent(rs.getInt("round"), (r) -> new EnumMap<>(Step.class))
				.computeIfAbsent(Step.valueOf(rs.getString("step")), (s) -> new LinkedHashMap<>())
				.put(rs.getString("field"), rs.getString("text"));
			return null;
		}).list();
		return rounds.entrySet().stream().map((round) -> new Submission(round.getKey(), round.getValue())).toList();
	}

	/** The steps' answers as text, per step and field key; empty answers left out. */
	Map<Step, Map<String, String>> texts(CaseFile c) {
		Map<Step, Map<String, String>> texts = new EnumMap<>(Step.class);
		EffectStep effect = c.getEffect();
		put(texts, Step.EFFECT, "effects", lines(effect.getEffects()
			.stream()
			.map((e) -> join(" — ", e.getDescription(),
					(e.getIndicator() != null) ? message("effect.indicator.short") + " " + e.getIndicator() : null))));
		put(texts, Step.EFFECT, "residentWords", effect.getResidentWords());
		put(texts, Step.EFFECT, "ownStrength", effect.getOwnStrength());
		put(texts, Step.EFFECT, "meaningForPeople", effect.getMeaningForPeople());

		LawStep law = c.getLaw();
		put(texts, Step.LAW, "goals", lines(goals(law.getGoalIds()).stream()
			.map((g) -> join(" ", g.lawName() + ":", g.description(), g.articleReference()))));
		put(texts, Step.LAW, "withinGoals",
				lines(Stream.of(choice(law.getWithinGoals()), law.getWithinGoalsExplanation())));
		put(texts, Step.LAW, "standardOutcome", law.getStandardOutcome());
		put(texts, Step.LAW, "standardChangesAnything", law.getStandardChangesAnything());
		put(texts, Step.LAW, "deviationReason", law.getDeviationReason());

		EthicsStep ethics = c.getEthics();
		put(texts, Step.ETHICS, "realNeed", ethics.getRealNeed());
		put(texts, Step.ETHICS, "observations", ethics.getObservations());
		put(texts, Step.ETHICS, "frameOfReference", ethics.getFrameOfReference());
		String values = ethics.getValuesAtStake().stream().map(this::choice).collect(Collectors.joining(", "));
		put(texts, Step.ETHICS, "values", lines(Stream.of(values, ethics.getValuesNote())));
		put(texts, Step.ETHICS, "effectsShortTerm", ethics.getEffectsShortTerm());
		put(texts, Step.ETHICS, "effectsLongTerm", ethics.getEffectsLongTerm());
		put(texts, Step.ETHICS, "directorPerspective", ethics.getDirectorPerspective());
		put(texts, Step.ETHICS, "impartial",
				lines(Stream.of(yesNo(ethics.getImpartial()), ethics.getImpartialityNote())));

		ActionStep action = c.getAction();
		put(texts, Step.ACTION, "solution", action.getSolution());
		put(texts, Step.ACTION, "solutionKind",
				lines(Stream.of(choice(action.getSolutionKind()), action.getSolutionKindReason())));
		put(texts, Step.ACTION, "decision",
				join(SEPARATOR, choice(action.getDecisionKind()), (action.getDecisionDate() != null)
						? message("decision.date.short", date(action.getDecisionDate())) : null));
		put(texts, Step.ACTION, "call",
				(action.getCalled() == null) ? null
						: action.getCalled()
								? lines(Stream.of(join(SEPARATOR, message("call.called.yes"),
										date(action.getCallDate()), action.getCallWith()), action.getCallAgreed()))
								: lines(Stream.of(message("call.called.no"), action.getNoCallReason())));
		put(texts, Step.ACTION, "parties",
				lines(action.getParties()
					.stream()
					.map((p) -> join(SEPARATOR, choice(p.getKind()), p.getName(), p.getContact(), p.getAgreement()))));
		put(texts, Step.ACTION, "actions",
				lines(action.getActions()
					.stream()
					.map((a) -> join(SEPARATOR, a.getDescription(), owner(a, action), date(a.getDueDate())))));
		Boolean coordination = action.getProcessCoordinationNeeded();
		put(texts, Step.ACTION, "processCoordination",
				(coordination == null) ? null
						: coordination
								? message("view.coordinationBy",
										Objects.requireNonNullElse(action.getProcessCoordinator(), "–"))
								: message("answer.no"));
		put(texts, Step.ACTION, "legalGround", action.getLegalGround());
		put(texts, Step.ACTION, "suitable", action.getProportionalitySuitable());
		put(texts, Step.ACTION, "necessary", action.getProportionalityNecessary());
		put(texts, Step.ACTION, "balanced", action.getProportionalityBalanced());
		put(texts, Step.ACTION, "costs",
				lines(action.getCosts()
					.stream()
					.map((l) -> join(SEPARATOR, choice(l.getScenario()), payer(l.getPayer()), l.getItemName(),
							l.getDescription(),
							join(" × ", priced(l), (l.getYears() != null) ? l.getYears().toString() : null)))));
		put(texts, Step.ACTION, "obstacles",
				lines(action.getObstacles()
					.stream()
					.map((o) -> join(SEPARATOR, choice(o.getKind()), o.getDescription(), o.getLesson()))));
		put(texts, Step.ACTION, "evaluationDate", date(action.getEvaluationDate()));
		return texts;
	}

	/** Who does an action: the person, and the party they are from, if not the team. */
	private String owner(PlannedAction a, ActionStep action) {
		Party party = action.partyOf(a);
		if (party == null) {
			return a.getOwner();
		}
		String from = join(", ", party.getName(), choice(party.getKind()));
		return (a.getOwner() != null) ? a.getOwner() + " (" + from + ")" : from;
	}

	private List<GoalSummary> goals(Collection<Long> ids) {
		return this.library.goalsByIds(ids);
	}

	private static void put(Map<Step, Map<String, String>> texts, Step step, String field, String text) {
		if (text != null && !text.isBlank()) {
			texts.computeIfAbsent(step, (s) -> new LinkedHashMap<>()).put(field, text);
		}
	}

	private static String lines(Stream<String> lines) {
		return lines.filter((line) -> line != null && !line.isBlank()).collect(Collectors.joining("\n"));
	}

	private static String join(String separator, String... parts) {
		return Stream.of(parts)
			.filter((part) -> part != null && !part.isBlank())
			.collect(Collectors.joining(separator));
	}

	private String choice(Enum<?> choice) {
		return (choice != null) ? message("choice." + choice.getDeclaringClass().getSimpleName() + "." + choice.name())
				: null;
	}

	private String payer(Payer payer) {
		return (payer != null) ? message(payer.messageKey()) : null;
	}

	/** A free amount a year, or quantity × kept unit price for a priced line. */
	private static String priced(CostLine line) {
		if (!line.isPriced()) {
			return euro(line.getAmountPerYear());
		}
		return join(
				" × ", (line.getQuantityPerYear() != null)
						? line.getQuantityPerYear().stripTrailingZeros().toPlainString() : null,
				euro(line.getUnitPrice()));
	}

	private String yesNo(Boolean answer) {
		return (answer != null) ? message(answer ? "answer.yes" : "answer.no") : null;
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, DUTCH);
	}

	private static String date(LocalDate date) {
		return (date != null) ? DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(DUTCH).format(date)
				: null;
	}

	private static String euro(BigDecimal amount) {
		if (amount == null) {
			return null;
		}
		NumberFormat format = NumberFormat.getCurrencyInstance(DUTCH);
		format.setCurrency(Currency.getInstance("EUR"));
		return format.format(amount);
	}

}
