package nl.omgekeerdetoets.casebook;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.omgekeerdetoets.cases.CaseFacts;
import nl.omgekeerdetoets.cases.Choices;
import nl.omgekeerdetoets.cases.CostComparison;
import nl.omgekeerdetoets.cases.LawDomain;

import org.springframework.stereotype.Component;

/**
 * The one place where the casebook reads a case's costs and effects, in the casebook's
 * own terms. The cases module is changing how both are kept (per-year totals and payers
 * from the price list; follow-ups at 6 and 12 months instead of one evaluation): only
 * this class follows such a change.
 */
@Component
class CaseRecords {

	/** The payers in the order tables list them. */
	static final List<String> PAYER_ORDER = java.util.Arrays.stream(Choices.Payer.values())
		.map(Choices.Payer::name)
		.toList();

	/** The law domains in the order tables list them. */
	static final List<String> DOMAIN_ORDER = java.util.Arrays.stream(LawDomain.values()).map(LawDomain::name).toList();

	private final CaseFacts facts;

	CaseRecords(CaseFacts facts) {
		this.facts = facts;
	}

	/** The figures of these cases, by case id, in a bounded number of queries. */
	Map<Long, Figures> of(Collection<Long> caseIds) {
		return this.facts.of(caseIds)
			.values()
			.stream()
			.collect(Collectors.toMap(CaseFacts.Figures::caseId, CaseRecords::figures));
	}

	private static Figures figures(CaseFacts.Figures facts) {
		List<String> domains = facts.domains().stream().sorted().map(LawDomain::name).toList();
		return new Figures(facts.teamId(), domains, costs(facts.costs()), effects(facts));
	}

	private static EditionContent.Costs costs(CostComparison comparison) {
		List<EditionContent.Line> byPayer = new ArrayList<>();
		// EnumMap: in the payers' declared order, so every table lists them the same way.
		comparison.byPayer()
			.forEach((payer, totals) -> byPayer
				.add(new EditionContent.Line(payer.name(), totals.withoutMaatwerk(), totals.withMaatwerk())));
		return new EditionContent.Costs(comparison.withoutMaatwerk(), comparison.withMaatwerk(), byPayer);
	}

	/**
	 * Seam for the follow-ups: until cases keeps them, the one evaluation counts as the
	 * 6-month follow-up (as its migration will move it there), and the 12-month one is
	 * still open for every effect.
	 */
	private static EditionContent.Effects effects(CaseFacts.Figures facts) {
		int reached = 0;
		int partly = 0;
		int notReached = 0;
		int open = 0;
		for (Choices.Outcome outcome : facts.outcomes()) {
			if (facts.evaluatedAt() == null || outcome == null) {
				open++;
			}
			else {
				switch (outcome) {
					case REACHED -> reached++;
					case PARTLY -> partly++;
					case NOT_REACHED -> notReached++;
				}
			}
		}
		int effects = facts.outcomes().size();
		return new EditionContent.Effects(new EditionContent.EffectCounts(reached, partly, notReached, open),
				new EditionContent.EffectCounts(0, 0, 0, effects));
	}

	/**
	 * A case's figures as the casebook uses them.
	 *
	 * @param teamId the case's team
	 * @param domains its law domains
	 * @param costs its costs
	 * @param effects its effects at the follow-ups
	 */
	record Figures(long teamId, List<String> domains, EditionContent.Costs costs, EditionContent.Effects effects) {

	}

}
