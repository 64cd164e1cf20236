package nl.omgekeerdetoets.teams;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

@Entity
class Team {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	@Column(name = "cases_visible_to_members")
	private boolean casesVisibleToMembers;

	private boolean archived;

	private Integer caseloadThreshold;

	private Instant createdAt = Instant.now();

	@Version
	private long version;

	protected Team() {
	}

	Team(String name) {
		this.name = name;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	/** Whether the consultants of this team may read each other's cases. */
	public boolean isCasesVisibleToMembers() {
		return this.casesVisibleToMembers;
	}

	/** Open cases per consultant above which the lead's overview flags them, or null. */
	public Integer getCaseloadThreshold() {
		return this.caseloadThreshold;
	}

	public boolean isArchived() {
		return this.archived;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public long getVersion() {
		return this.version;
	}

	void rename(String name) {
		this.name = name;
	}

	void setCasesVisibleToMembers(boolean visible) {
		this.casesVisibleToMembers = visible;
	}

	void setCaseloadThreshold(Integer caseloadThreshold) {
		this.caseloadThreshold = caseloadThreshold;
	}

	void archive() {
		this.archived = true;
	}

	void restore() {
		this.archived = false;
	}

}
