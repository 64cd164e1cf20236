package nl.omgekeerdetoets.library;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/**
 * One goal of a law: what the law means to reach, with the article that says so. Retired,
 * never deleted: a case may refer to a goal that was retired after it was judged.
 */
@Entity
class LawGoal {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "law_id")
	private Law law;

	private String description;

	private String articleReference;

	private boolean active = true;

	private int position;

	@Version
	private long version;

	protected LawGoal() {
	}

	LawGoal(Law law, String description, String articleReference, int position) {
		this.law = law;
		this.description = description;
		this.articleReference = articleReference;
		this.position = position;
	}

	public Long getId() {
		return this.id;
	}

	public Law getLaw() {
		return this.law;
	}

	public String getDescription() {
		return this.description;
	}

	/** Where the goal is written down, such as "art. 1.1.1"; may be empty. */
	public String getArticleReference() {
		return this.articleReference;
	}

	/** Whether consultants can still pick this goal for a case. */
	public boolean isActive() {
		return this.active;
	}

	public int getPosition() {
		return this.position;
	}

	public long getVersion() {
		return this.version;
	}

	void update(String description, String articleReference, int position) {
		this.description = description;
		this.articleReference = articleReference;
		this.position = position;
	}

	void retire() {
		this.active = false;
	}

	void restore() {
		this.active = true;
	}

}
