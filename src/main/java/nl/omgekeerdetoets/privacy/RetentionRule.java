package nl.omgekeerdetoets.privacy;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * How long a case is kept: for a closed case of one law domain, counted from the day it
 * closed, or for a draft, counted from its last change. Kind and domain are fixed; the
 * admin changes the period and the source it comes from.
 */
@Entity
class RetentionRule {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private RuleKind kind;

	private String lawDomain;

	private int keepMonths;

	private String source;

	private boolean sourceChecked;

	private Instant updatedAt;

	private String updatedBy;

	@Version
	private long version;

	protected RetentionRule() {
	}

	void change(int keepMonths, String source, boolean sourceChecked, String by, Instant now) {
		this.keepMonths = keepMonths;
		this.source = source;
		this.sourceChecked = sourceChecked;
		this.updatedBy = by;
		this.updatedAt = now;
	}

	/**
	 * The rule in a few words for a log line: kind, domain and period; no source text.
	 */
	String describe() {
		return this.kind + ((this.lawDomain != null) ? " " + this.lawDomain : "") + " " + this.keepMonths + "m";
	}

	public Long getId() {
		return this.id;
	}

	public RuleKind getKind() {
		return this.kind;
	}

	public String getLawDomain() {
		return this.lawDomain;
	}

	/** The message key of the rule's name: its law domain, or the drafts' rule. */
	public String getNameKey() {
		return (this.lawDomain != null) ? "case.domain." + this.lawDomain : this.kind.messageKey();
	}

	public int getKeepMonths() {
		return this.keepMonths;
	}

	public String getSource() {
		return this.source;
	}

	public boolean isSourceChecked() {
		return this.sourceChecked;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public String getUpdatedBy() {
		return this.updatedBy;
	}

	public long getVersion() {
		return this.version;
	}

}
