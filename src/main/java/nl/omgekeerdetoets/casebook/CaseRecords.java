package nl.omgekeerdetoets.casebook;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.omgekeerdetoets.cases.CaseFacts;
import nl.omgekeerdetoets.cases.CostComparison;
import nl.omgekeerdetoets.cases.FollowUpResults;
import nl.omgekeerdetoets.cases.LawDomain;
import nl.omgekeerdetoets.prices.Payer;

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
	static final List<String> PAYER_ORDER = java.util.Arrays.stream(Payer.values()).map(Payer::name).toList();

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
	 * The effects at the follow-ups after 6 and 12 months: reached, partly, not reached,
	 * and still open while a follow-up is not recorded.
	 */
	private static EditionContent.Effects effects(CaseFacts.Figures facts) {
		return new EditionContent.Effects(counts(facts, 6), counts(facts, 12));
	}

	private static EditionContent.EffectCounts counts(CaseFacts.Figures facts, int months) {
		return facts.followUps()
			.at(months)
			.filter(FollowUpResults.Tally::recorded)
			.map((t) -> new EditionContent.EffectCounts(t.reached(), t.partly(), t.notReached(),
					Math.max(0, facts.effects() - t.reached() - t.partly() - t.notReached())))
			.orElse(new EditionContent.EffectCounts(0, 0, 0, facts.effects()));
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
