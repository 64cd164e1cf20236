package nl.omgekeerdetoets.casebook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A yearly casebook: a title, an introduction and entries in the order a lead set. While
 * a draft it shows its entries and their cases as they are now; publishing freezes all of
 * that into the snapshot, which is what the edition shows from then on.
 */
@Entity
class CasebookEdition {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int year;

	private String title;

	private String introduction;

	@Enumerated(EnumType.STRING)
	private EditionStatus status = EditionStatus.DRAFT;

	@ElementCollection
	@CollectionTable(name = "casebook_edition_entry", joinColumns = @JoinColumn(name = "edition_id"))
	@OrderColumn(name = "position")
	@Column(name = "entry_id")
	private List<Long> entryIds = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.JSON)
	private String snapshot;

	private Long basedOnId;

	private long createdBy;

	private Instant createdAt;

	private Long publishedBy;

	private Instant publishedAt;

	private Instant withdrawnAt;

	@Version
	private long version;

	protected CasebookEdition() {
	}

	CasebookEdition(int year, String title, String introduction, long createdBy, Instant now) {
		this.year = year;
		this.title = title;
		this.introduction = introduction;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	/**
	 * A new draft with the same title, introduction and entries, for the next edition.
	 */
	CasebookEdition startNext(int year, long lead, Instant now) {
		CasebookEdition next = new CasebookEdition(year, this.title, this.introduction, lead, now);
		next.entryIds.addAll(this.entryIds);
		next.basedOnId = this.id;
		return next;
	}

	void describe(int year, String title, String introduction) {
		requireDraft();
		this.year = year;
		this.title = title;
		this.introduction = introduction;
	}

	void add(long entryId) {
		requireDraft();
		if (!this.entryIds.contains(entryId)) {
			this.entryIds.add(entryId);
		}
	}

	void remove(long entryId) {
		requireDraft();
		this.entryIds.remove(Long.valueOf(entryId));
	}

	/** Moves the entry one place towards the front (negative) or the back (positive). */
	void move(long entryId, int direction) {
		requireDraft();
		int from = this.entryIds.indexOf(entryId);
		int to = from + Integer.signum(direction);
		if (from < 0 || to < 0 || to >= this.entryIds.size()) {
			return;
		}
		this.entryIds.set(from, this.entryIds.get(to));
		this.entryIds.set(to, entryId);
	}

	void publish(String snapshot, long lead, Instant now) {
		requireDraft();
		this.snapshot = snapshot;
		this.status = EditionStatus.PUBLISHED;
		this.publishedBy = lead;
		this.publishedAt = now;
	}

	void withdraw(Instant now) {
		if (this.status != EditionStatus.PUBLISHED) {
			throw new IllegalStateException("Only a published edition is withdrawn");
		}
		this.status = EditionStatus.WITHDRAWN;
		this.withdrawnAt = now;
	}

	private void requireDraft() {
		if (this.status != EditionStatus.DRAFT) {
			throw new IllegalStateException("A published edition is never edited");
		}
	}

	public Long getId() {
		return this.id;
	}

	public int getYear() {
		return this.year;
	}

	public String getTitle() {
		return this.title;
	}

	public String getIntroduction() {
		return this.introduction;
	}

	public EditionStatus getStatus() {
		return this.status;
	}

	public boolean isDraft() {
		return this.status == EditionStatus.DRAFT;
	}

	public List<Long> getEntryIds() {
		return this.entryIds;
	}

	String getSnapshot() {
		return this.snapshot;
	}

	public Long getBasedOnId() {
		return this.basedOnId;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public Instant getWithdrawnAt() {
		return this.withdrawnAt;
	}

	public long getVersion() {
		return this.version;
	}

}
