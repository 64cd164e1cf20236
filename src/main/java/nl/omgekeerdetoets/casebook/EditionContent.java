package nl.omgekeerdetoets.casebook;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything an edition shows: the printable page and the PDF render this and nothing
 * else. A draft builds it from the entries and their cases as they are now; a published
 * edition reads it back from its snapshot, so it never changes after publishing.
 *
 * @param year the year of the edition
 * @param title its title
 * @param introduction its introduction
 * @param entries the entries in the lead's order
 * @param totals the totals over all entries
 */
public record EditionContent(int year, String title, String introduction, List<Entry> entries, Totals totals) {

	/**
	 * One entry: the lead's anonymised text and the figures of its case.
	 *
	 * @param entryId the entry
	 * @param title its title
	 * @param situation the situation
	 * @param questionAndEffect the question as asked and the effect wanted
	 * @param lawsAndGoals the laws and their goals
	 * @param obstacle the obstacle met
	 * @param solutionAndGround the solution and its legal ground
	 * @param lesson the lesson for policy
	 * @param domains the case's law domains (names of LawDomain)
	 * @param costs the case's cost comparison over its horizon
	 * @param effects the effects reached at the follow-ups
	 */
	public record Entry(long entryId, String title, String situation, String questionAndEffect, String lawsAndGoals,
			String obstacle, String solutionAndGround, String lesson, List<String> domains, Costs costs,
			Effects effects) {

		/** The anchor of the entry's page, for the contents. */
		public String anchor() {
			return "entry-" + this.entryId;
		}

	}

	/**
	 * Costs without and with maatwerk, in total and per payer.
	 *
	 * @param withoutMaatwerk the total without maatwerk
	 * @param withMaatwerk the total with maatwerk
	 * @param byPayer per payer (the payer's name as key)
	 */
	public record Costs(BigDecimal withoutMaatwerk, BigDecimal withMaatwerk, List<Line> byPayer) {

		static final Costs NONE = new Costs(BigDecimal.ZERO, BigDecimal.ZERO, List.of());

		/** What maatwerk saves (negative: what it costs extra). */
		public BigDecimal difference() {
			return this.withoutMaatwerk.subtract(this.withMaatwerk);
		}

	}

	/**
	 * A row of a cost table: a payer or a law domain, by its name.
	 *
	 * @param key the payer's or domain's name
	 * @param withoutMaatwerk the amount without maatwerk
	 * @param withMaatwerk the amount with maatwerk
	 */
	public record Line(String key, BigDecimal withoutMaatwerk, BigDecimal withMaatwerk) {

		public BigDecimal difference() {
			return this.withoutMaatwerk.subtract(this.withMaatwerk);
		}

		Line plus(BigDecimal without, BigDecimal with) {
			return new Line(this.key, this.withoutMaatwerk.add(without), this.withMaatwerk.add(with));
		}

	}

	/**
	 * Desired effects counted by their outcome at a follow-up.
	 *
	 * @param reached reached
	 * @param partly partly reached
	 * @param notReached not reached
	 * @param open not recorded (yet)
	 */
	public record EffectCounts(int reached, int partly, int notReached, int open) {

		static final EffectCounts NONE = new EffectCounts(0, 0, 0, 0);

		EffectCounts plus(EffectCounts other) {
			return new EffectCounts(this.reached + other.reached, this.partly + other.partly,
					this.notReached + other.notReached, this.open + other.open);
		}

		public int total() {
			return this.reached + this.partly + this.notReached + this.open;
		}

	}

	/**
	 * The effects of a case or an edition after 6 and after 12 months.
	 *
	 * @param after6Months at the 6-month follow-up
	 * @param after12Months at the 12-month follow-up
	 */
	public record Effects(EffectCounts after6Months, EffectCounts after12Months) {

		static final Effects NONE = new Effects(EffectCounts.NONE, EffectCounts.NONE);

		Effects plus(Effects other) {
			return new Effects(this.after6Months.plus(other.after6Months),
					this.after12Months.plus(other.after12Months));
		}

	}

	/**
	 * The edition's totals.
	 *
	 * @param cases the number of cases (entries)
	 * @param costs costs without and with maatwerk, in total and per payer
	 * @param byDomain costs per law domain; a case with several domains counts under each
	 * @param effects the effects reached, summed over the cases
	 */
	public record Totals(int cases, Costs costs, List<Line> byDomain, Effects effects) {

	}

}
