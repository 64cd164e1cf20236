package nl.omgekeerdetoets.review;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import nl.omgekeerdetoets.cases.Step;

/**
 * A lead's specific compliment to a consultant about a step or choice in a case; maybe
 * shared with the team.
 */
@Entity
class Compliment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long caseId;

	private long teamId;

	private long consultantId;

	private long leadId;

	@Enumerated(EnumType.STRING)
	private Step step;

	private String text;

	private boolean sharedWithTeam;

	private Instant createdAt;

	protected Compliment() {
	}

	Compliment(long caseId, long teamId, long consultantId, long leadId, Step step, String text, boolean shared,
			Instant now) {
		this.caseId = caseId;
		this.teamId = teamId;
		this.consultantId = consultantId;
		this.leadId = leadId;
		this.step = step;
		this.text = text;
		this.sharedWithTeam = shared;
		this.createdAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public long getCaseId() {
		return this.caseId;
	}

	public long getTeamId() {
		return this.teamId;
	}

	public long getConsultantId() {
		return this.consultantId;
	}

	public long getLeadId() {
		return this.leadId;
	}

	public Step getStep() {
		return this.step;
	}

	public String getText() {
		return this.text;
	}

	public boolean isSharedWithTeam() {
		return this.sharedWithTeam;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
