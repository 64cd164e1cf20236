package nl.omgekeerdetoets.casebook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Puts an edition's content together: for a draft from its entries and their cases as
 * they are now, for a published edition from its frozen snapshot. The totals are summed
 * here, in exact decimals, from the same figures the entries show.
 */
@Component
class EditionContents {

	private final CasebookEntryRepository entries;

	private final CaseRecords caseRecords;

	private final JsonMapper json;

	EditionContents(CasebookEntryRepository entries, CaseRecords caseRecords) {
		this.entries = entries;
		this.caseRecords = caseRecords;
		// Its own mapper: the snapshot's format must not follow the web layer's settings.
		this.json = JsonMapper.builder().build();
	}

	/** What the edition shows: its snapshot once published, otherwise built now. */
	EditionContent of(CasebookEdition edition) {
		return (edition.getSnapshot() != null) ? this.json.readValue(edition.getSnapshot(), EditionContent.class)
				: build(edition);
	}

	/** The edition as it would be published now, as the JSON kept as its snapshot. */
	String snapshotOf(CasebookEdition edition) {
		return this.json.writeValueAsString(build(edition));
	}

	EditionContent build(CasebookEdition edition) {
		Map<Long, CasebookEntry> byId = this.entries.findAllById(edition.getEntryIds())
			.stream()
			.collect(Collectors.toMap(CasebookEntry::getId, Function.identity()));
		Map<Long, CaseRecords.Figures> figures = this.caseRecords
			.of(byId.values().stream().map(CasebookEntry::getCaseId).filter(java.util.Objects::nonNull).toList());
		List<EditionContent.Entry> content = new ArrayList<>();
		for (Long entryId : edition.getEntryIds()) {
			CasebookEntry entry = byId.get(entryId);
			if (entry == null) {
				continue;
			}
			// An entry whose case retention deleted has no figures left to read.
			CaseRecords.Figures caseFigures = (entry.getCaseId() != null) ? figures.get(entry.getCaseId()) : null;
			content.add(new EditionContent.Entry(entry.getId(), entry.getTitle(), entry.getSituation(),
					entry.getQuestionAndEffect(), entry.getLawsAndGoals(), entry.getObstacle(),
					entry.getSolutionAndGround(), entry.getLesson(),
					(caseFigures != null) ? caseFigures.domains() : List.of(),
					(caseFigures != null) ? caseFigures.costs() : EditionContent.Costs.NONE,
					(caseFigures != null) ? caseFigures.effects() : EditionContent.Effects.NONE));
		}
		return new EditionContent(edition.getYear(), edition.getTitle(), edition.getIntroduction(), content,
				totals(content));
	}

	static EditionContent.Totals totals(List<EditionContent.Entry> entries) {
		BigDecimal without = BigDecimal.ZERO;
		BigDecimal with = BigDecimal.ZERO;
		Map<String, EditionContent.Line> byPayer = new LinkedHashMap<>();
		Map<String, EditionContent.Line> byDomain = new LinkedHashMap<>();
		EditionContent.Effects effects = EditionContent.Effects.NONE;
		for (EditionContent.Entry entry : entries) {
			EditionContent.Costs costs = entry.costs();
			without = without.add(costs.withoutMaatwerk());
			with = with.add(costs.withMaatwerk());
			for (EditionContent.Line line : costs.byPayer()) {
				byPayer.merge(line.key(), line, (a, b) -> a.plus(b.withoutMaatwerk(), b.withMaatwerk()));
			}
			for (String domain : entry.domains()) {
				byDomain.merge(domain, new EditionContent.Line(domain, costs.withoutMaatwerk(), costs.withMaatwerk()),
						(a, b) -> a.plus(b.withoutMaatwerk(), b.withMaatwerk()));
			}
			effects = effects.plus(entry.effects());
		}
		return new EditionContent.Totals(entries.size(),
				new EditionContent.Costs(without, with, inOrder(byPayer.values(), CaseRecords.PAYER_ORDER)),
				inOrder(byDomain.values(), CaseRecords.DOMAIN_ORDER), effects);
	}

	/**
	 * In the order the cases module declares payers and domains (then any unknown one by
	 * name): the same order in every edition, whatever order the entries come in.
	 */
	private static List<EditionContent.Line> inOrder(java.util.Collection<EditionContent.Line> lines,
			List<String> order) {
		return lines.stream()
			.sorted(java.util.Comparator.comparingInt(
					(EditionContent.Line line) -> order.contains(line.key()) ? order.indexOf(line.key()) : order.size())
				.thenComparing(EditionContent.Line::key))
			.toList();
	}

}
