package nl.omgekeerdetoets.review;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * An approved case a lead marked as exemplary, as colleagues across the organisation see
 * it: a title, an anonymised summary and the reasoning the lead chose to share, never the
 * case itself.
 */
@Entity
class ExemplaryCase {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** Null once retention deleted the case: the anonymised text outlives it. */
	private Long caseId;

	private long leadId;

	private boolean forTraining;

	private boolean shareOrganisation;

	private boolean proposeCasebook;

	private String title;

	private String summary;

	private String reasoning;

	/** Law domains, comma separated (e.g. WMO,SCHULDHULP), for the library's filter. */
	private String domains;

	/** The steps whose reasoning stands out, comma separated (e.g. EFFECT,ACTION). */
	private String steps;

	private Instant createdAt;

	@Version
	private long version;

	protected ExemplaryCase() {
	}

	ExemplaryCase(long caseId, long leadId, Instant now) {
		this.caseId = caseId;
		this.leadId = leadId;
		this.createdAt = now;
	}

	void describe(boolean forTraining, boolean shareOrganisation, boolean proposeCasebook, String title, String summary,
			String reasoning, String domains, String steps) {
		this.forTraining = forTraining;
		this.shareOrganisation = shareOrganisation;
		this.proposeCasebook = proposeCasebook;
		this.title = title;
		this.summary = summary;
		this.reasoning = reasoning;
		this.domains = domains;
		this.steps = steps;
	}

	public Long getId() {
		return this.id;
	}

	public Long getCaseId() {
		return this.caseId;
	}

	public boolean isForTraining() {
		return this.forTraining;
	}

	public boolean isShareOrganisation() {
		return this.shareOrganisation;
	}

	public boolean isProposeCasebook() {
		return this.proposeCasebook;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getReasoning() {
		return this.reasoning;
	}

	public List<String> getDomainList() {
		return split(this.domains);
	}

	public List<String> getStepList() {
		return split(this.steps);
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public long getVersion() {
		return this.version;
	}

	private static List<String> split(String value) {
		return (value == null || value.isBlank()) ? List.of() : Arrays.asList(value.split(","));
	}

}
