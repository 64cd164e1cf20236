package nl.omgekeerdetoets.casebook;

import nl.omgekeerdetoets.cases.CaseFixtures;
import nl.omgekeerdetoets.cases.CaseService;
import nl.omgekeerdetoets.cases.CaseSummary;
import nl.omgekeerdetoets.teams.SignedInUser;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A casebook for browser tests, made through the casebook's own services: an approved
 * case proposed for the casebook, its entry, a draft and a published edition. Built from
 * the application context rather than imported as a bean, so the shared test contexts
 * stay as they are.
 */
public final class CasebookFixtures {

	private final CaseFixtures caseFixtures;

	private final CaseService cases;

	private final JdbcClient jdbc;

	private final EntryService entries;

	private final EditionService editions;

	public CasebookFixtures(ApplicationContext context) {
		this.caseFixtures = context.getBean(CaseFixtures.class);
		this.cases = context.getBean(CaseService.class);
		this.jdbc = context.getBean(JdbcClient.class);
		this.entries = context.getBean(EntryService.class);
		this.editions = context.getBean(EditionService.class);
	}

	/**
	 * A case of the consultant, approved by the lead and proposed for the casebook (the
	 * proposal written as the review page would write it).
	 */
	public CaseSummary proposedCase(SignedInUser consultant, SignedInUser lead, String title) {
		CaseSummary caseFile = approvedCase(consultant, lead);
		this.jdbc.sql("""
				insert into exemplary_case (case_id, lead_id, propose_casebook, title, summary, reasoning, domains,
				steps, created_at) values (?, ?, true, ?, 'Samenvatting', 'Redenering', 'WMO', '', now())""")
			.params(caseFile.id(), lead.id(), title)
			.update();
		return caseFile;
	}

	/** A case of the consultant, submitted and approved by the lead. */
	public CaseSummary approvedCase(SignedInUser consultant, SignedInUser lead) {
		CaseSummary caseFile = this.caseFixtures.submitted(consultant);
		this.cases.approve(caseFile.id(), lead);
		return caseFile;
	}

	/** The lead's entry for the case, with clean text; answers its id. */
	public long entry(CaseSummary caseFile, SignedInUser lead, String title) {
		EntryForm form = new EntryForm();
		form.setTitle(title);
		form.setSituation(CasebookWorld.TEXT);
		form.setQuestionAndEffect(CasebookWorld.TEXT);
		form.setLawsAndGoals("Wmo 2015: zelfredzaamheid en participatie.");
		form.setObstacle("Een beleidsregel die alleen een hulpmiddel kende.");
		form.setSolutionAndGround("Een maatje en fysiotherapie, op grond van art. 2.3.5 Wmo 2015.");
		form.setLesson("Vraag door naar het effect voordat een product wordt gekozen.");
		this.entries.save(caseFile.id(), lead, form);
		return this.jdbc.sql("select id from casebook_entry where case_id = ?")
			.param(caseFile.id())
			.query(Long.class)
			.single();
	}

	/** A draft edition holding these entries; answers its id. */
	public long draft(SignedInUser lead, String title, long... entryIds) {
		EditionForm form = EditionForm.startFresh(2026);
		form.setTitle(title);
		form.setIntroduction("Wat werken vanuit de bedoeling de gemeente opleverde.");
		long id = this.editions.create(lead, form).getId();
		for (long entryId : entryIds) {
			this.editions.add(id, lead, entryId, version(id));
		}
		return id;
	}

	/** A published edition holding these entries; answers its id. */
	public long published(SignedInUser lead, String title, long... entryIds) {
		long id = draft(lead, title, entryIds);
		this.editions.publish(id, lead, version(id));
		return id;
	}

	private long version(long editionId) {
		return this.jdbc.sql("select version from casebook_edition where id = ?")
			.param(editionId)
			.query(Long.class)
			.single();
	}

}
