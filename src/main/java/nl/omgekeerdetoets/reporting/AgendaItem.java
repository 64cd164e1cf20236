package nl.omgekeerdetoets.reporting;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A case on a return day's agenda, with the question its proposer puts to the group. */
@Entity
@Table(name = "return_day_item")
class AgendaItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long returnDayId;

	private long caseId;

	private long proposedBy;

	private String question;

	private int position;

	private Integer minutes;

	private Instant createdAt;

	protected AgendaItem() {
	}

	AgendaItem(long returnDayId, long caseId, long proposedBy, String question, int position, Instant createdAt) {
		this.returnDayId = returnDayId;
		this.caseId = caseId;
		this.proposedBy = proposedBy;
		this.question = question;
		this.position = position;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public long getReturnDayId() {
		return this.returnDayId;
	}

	public long getCaseId() {
		return this.caseId;
	}

	public long getProposedBy() {
		return this.proposedBy;
	}

	public String getQuestion() {
		return this.question;
	}

	public int getPosition() {
		return this.position;
	}

	public Integer getMinutes() {
		return this.minutes;
	}

	void setPosition(int position) {
		this.position = position;
	}

	void setMinutes(Integer minutes) {
		this.minutes = minutes;
	}

}
