package nl.omgekeerdetoets.casebook;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

import nl.omgekeerdetoets.audit.AuditLog;
import nl.omgekeerdetoets.cases.CasePolicy;
import nl.omgekeerdetoets.shared.RecordNotFoundException;
import nl.omgekeerdetoets.shared.StaleVersionException;
import nl.omgekeerdetoets.teams.Role;
import nl.omgekeerdetoets.teams.SignedInUser;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editions of the casebook. Leads put them together from the entries of all teams and
 * publish them; consultants read published editions. A published edition is frozen (its
 * snapshot), may be withdrawn, and is never edited: a new edition can start from it.
 */
@Service
@Transactional
class EditionService {

	static final String AUDIT_SUBJECT = "CASEBOOK_EDITION";

	private static final Set<EditionStatus> FOR_LEADS = EnumSet.allOf(EditionStatus.class);

	private static final Set<EditionStatus> FOR_CONSULTANTS = EnumSet.of(EditionStatus.PUBLISHED);

	private final CasebookEditionRepository editions;

	private final CasebookEntryRepository entries;

	private final EditionContents contents;

	private final AuditLog auditLog;

	private final Clock clock;

	EditionService(CasebookEditionRepository editions, CasebookEntryRepository entries, EditionContents contents,
			AuditLog auditLog, Clock clock) {
		this.editions = editions;
		this.entries = entries;
		this.contents = contents;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	int currentYear() {
		return ZonedDateTime.now(this.clock).getYear();
	}

	@Transactional(readOnly = true)
	Page<CasebookEdition> list(SignedInUser user, Pageable pageable) {
		Page<CasebookEdition> page = this.editions.findByStatusIn(user.is(Role.TEAM_LEAD) ? FOR_LEADS : FOR_CONSULTANTS,
				pageable);
		// The list counts their entries: loaded here, in batches, before the page
		// renders.
		page.forEach((edition) -> edition.getEntryIds().size());
		return page;
	}

	/**
	 * An edition for reading: every edition for a lead, a published one for a consultant.
	 * Anything else is a 404: a draft's existence is not a consultant's business.
	 */
	@Transactional(readOnly = true)
	CasebookEdition readable(long id, SignedInUser user) {
		CasebookEdition edition = this.editions.findById(id)
			.orElseThrow(() -> new RecordNotFoundException("Casebook edition", id));
		boolean allowed = user.is(Role.TEAM_LEAD)
				|| (user.is(Role.CONSULTANT) && edition.getStatus() == EditionStatus.PUBLISHED);
		if (!allowed) {
			throw new RecordNotFoundException("Casebook edition", id);
		}
		// Loaded inside the transaction: pages render after it (open-in-view is off).
		edition.getEntryIds().size();
		return edition;
	}

	/**
	 * What an edition holds, of one already read through {@link #readable} or
	 * {@link #editable}: not read a second time.
	 */
	@Transactional(readOnly = true)
	EditionContent content(CasebookEdition edition) {
		return this.contents.of(edition);
	}

	/** The PDF's content; the download is recorded (who, when, which edition). */
	EditionContent download(long id, SignedInUser user) {
		CasebookEdition edition = readable(id, user);
		this.auditLog.record("CASEBOOK_PDF_DOWNLOADED", AUDIT_SUBJECT, id, edition.getYear() + " " + edition.getTitle(),
				"status=" + edition.getStatus());
		return this.contents.of(edition);
	}

	CasebookEdition create(SignedInUser lead, EditionForm form) {
		requireLead(lead);
		CasebookEdition edition = new CasebookEdition(form.getYear(), form.getTitle(), form.getIntroduction(),
				lead.id(), this.clock.instant());
		this.editions.save(edition);
		this.auditLog.record("CASEBOOK_EDITION_CREATED", AUDIT_SUBJECT, edition.getId(), label(edition), null);
		return edition;
	}

	/**
	 * The draft for a lead to edit; a published or withdrawn edition is a 409-free 403.
	 */
	@Transactional(readOnly = true)
	CasebookEdition editable(long id, SignedInUser lead) {
		requireLead(lead);
		CasebookEdition edition = readable(id, lead);
		CasePolicy.require(edition.isDraft(), "A published edition is never edited");
		return edition;
	}

	@Transactional(readOnly = true)
	Page<CasebookEntry> available(long editionId, Pageable pageable) {
		return this.entries.findNotIn(editionId, pageable);
	}

	void describe(long id, SignedInUser lead, EditionForm form) {
		change(id, lead, form.getVersion(),
				(edition) -> edition.describe(form.getYear(), form.getTitle(), form.getIntroduction()));
	}

	void add(long id, SignedInUser lead, long entryId, long version) {
		if (!this.entries.existsById(entryId)) {
			throw new RecordNotFoundException("Casebook entry", entryId);
		}
		change(id, lead, version, (edition) -> edition.add(entryId));
	}

	void remove(long id, SignedInUser lead, long entryId, long version) {
		change(id, lead, version, (edition) -> edition.remove(entryId));
	}

	void move(long id, SignedInUser lead, long entryId, int direction, long version) {
		change(id, lead, version, (edition) -> edition.move(entryId, direction));
	}

	/** Freezes the edition as it is now: entries, their cases' figures and the totals. */
	void publish(long id, SignedInUser lead, long version) {
		change(id, lead, version, (edition) -> {
			CasePolicy.require(!edition.getEntryIds().isEmpty(), "An edition has at least one entry");
			edition.publish(this.contents.snapshotOf(edition), lead.id(), this.clock.instant());
		});
		this.auditLog.record("CASEBOOK_EDITION_PUBLISHED", AUDIT_SUBJECT, id, null, null);
	}

	void withdraw(long id, SignedInUser lead, long version) {
		requireLead(lead);
		CasebookEdition edition = readable(id, lead);
		StaleVersionException.check(version, edition.getVersion());
		CasePolicy.require(edition.getStatus() == EditionStatus.PUBLISHED, "Only a published edition is withdrawn");
		edition.withdraw(this.clock.instant());
		flush(edition);
		this.auditLog.record("CASEBOOK_EDITION_WITHDRAWN", AUDIT_SUBJECT, id, label(edition), null);
	}

	/** A new draft from an edition, with its title, introduction and entries. */
	CasebookEdition startNext(long id, SignedInUser lead) {
		requireLead(lead);
		CasebookEdition next = readable(id, lead).startNext(currentYear(), lead.id(), this.clock.instant());
		this.editions.save(next);
		this.auditLog.record("CASEBOOK_EDITION_CREATED", AUDIT_SUBJECT, next.getId(), label(next), "basedOn=" + id);
		return next;
	}

	private void change(long id, SignedInUser lead, long version, java.util.function.Consumer<CasebookEdition> change) {
		CasebookEdition edition = editable(id, lead);
		StaleVersionException.check(version, edition.getVersion());
		change.accept(edition);
		flush(edition);
	}

	private void flush(CasebookEdition edition) {
		try {
			this.editions.saveAndFlush(edition);
		}
		catch (ObjectOptimisticLockingFailureException lostRace) {
			throw new StaleVersionException(edition.getVersion() + 1);
		}
	}

	static void requireLead(SignedInUser user) {
		CasePolicy.require(user.is(Role.TEAM_LEAD), "Only leads put editions together");
	}

	private static String label(CasebookEdition edition) {
		return edition.getYear() + " " + edition.getTitle();
	}

}
