package nl.omgekeerdetoets.library;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/**
 * One goal of a law, with the article it comes from.
 */
@Entity
public class LawGoal {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Law law;

	private String description;

	private String articleReference;

	private boolean active = true;

	private int position;

	@Version
	private long version;

	protected LawGoal() {
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

	public String getArticleReference() {
		return this.articleReference;
	}

	public boolean isActive() {
		return this.active;
	}

	public int getPosition() {
		return this.position;
	}

	public long getVersion() {
		return this.version;
	}

}
